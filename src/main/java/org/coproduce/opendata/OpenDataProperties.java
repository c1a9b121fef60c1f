package org.coproduce.opendata;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the city publishes its OCDS data ({@code coproduce.ocds.*}; the ocid prefix,
 * {@code coproduce.ocds.prefix}, belongs to the tender module, which stamps it on every tender).
 *
 * @param publisher who publishes the packages (package {@code publisher})
 * @param license the licence of the data, an absolute URI (package {@code license})
 * @param publicationPolicy where the city's publication policy is, or null
 * @param buyer the city, party with the role {@code buyer} (default {@code coproduce-city}, "City of Coproduce")
 * @param procuringEntity who runs the procurement; by default the buyer itself
 * @param reviewBody who decides challenges during the standstill (party role {@code reviewBody});
 *     by default the buyer's procurement review board
 * @param language the language of the texts, ISO 639-1
 */
@ConfigurationProperties("coproduce.ocds")
public record OpenDataProperties(@DefaultValue Publisher publisher,
    @DefaultValue("https://creativecommons.org/licenses/by/4.0/") URI license, URI publicationPolicy,
    Organization buyer, Organization procuringEntity, Organization reviewBody,
    @DefaultValue("en") String language) {

  public OpenDataProperties {
    requireAbsolute("coproduce.ocds.license", license);
    if (publicationPolicy != null) {
      requireAbsolute("coproduce.ocds.publication-policy", publicationPolicy);
    }
    if (publisher.uri() != null) {
      requireAbsolute("coproduce.ocds.publisher.uri", publisher.uri());
    }
    if (buyer == null) {
      buyer = new Organization("coproduce-city", "City of Coproduce");
    }
    if (procuringEntity == null) {
      procuringEntity = buyer;
    }
    if (reviewBody == null) {
      reviewBody = new Organization(buyer.id() + "-review-body", buyer.name() + " procurement review board");
    }
  }

  /**
   * @param scheme the register the uid is from, e.g. an org-id.guide list code, or null
   * @param uid the publisher's id in that register, or null
   */
  public record Publisher(@DefaultValue("City of Coproduce") String name, URI uri, String scheme, String uid) {
  }

  /** An organisation as an OCDS party: its local id and its name. */
  public record Organization(String id, String name) {

    public Organization {
      if ((id == null) != (name == null)) {
        throw new IllegalArgumentException("coproduce.ocds organisations need both an id and a name");
      }
    }
  }

  private static void requireAbsolute(String property, URI uri) {
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(property + " must be an absolute URI, not '" + uri + "'");
    }
  }
}
