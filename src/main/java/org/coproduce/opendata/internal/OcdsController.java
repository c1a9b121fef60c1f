package org.coproduce.opendata.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The cases as Open Contracting Data Standard 1.1 release packages (public, no login). */
@RestController
@Tag(name = "Open data (OCDS)", description = "Every case as an OCDS 1.1 release package (public, no login)")
class OcdsController {

  private final ReleasePackages packages;

  OcdsController(ReleasePackages packages) {
    this.packages = packages;
  }

  @GetMapping(value = "/api/public/ocds/{ocid}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A case's OCDS release package",
      description = "One release per published decision, planning to implementation; release ids are "
          + "<ocid>-<tag>-<seq>, seq being the decision's entry in the decision record. Bidders appear only "
          + "from the opening of the bids on; bid contents never. See docs/open-data.md.")
  ObjectNode releasePackage(@Parameter(description = "e.g. ocds-cpr001-C-2026-001") @PathVariable String ocid) {
    return packages.releasePackage(ocid);
  }

  @GetMapping(value = "/api/public/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Every case's ocid and the address of its release package, newest first")
  List<ReleasePackages.Listing> index() {
    return packages.index();
  }
}
