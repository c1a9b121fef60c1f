package org.coproduce.bidding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipt hash is what the ADR says, so a supplier can recompute it with standard tools. */
class CanonicalBidTest {

  private static final BidContent CONTENT = new BidContent(new BigDecimal("1234.5"), "We \u2028 care",
      "Jobs\tfor\nlocals \u20ac \\ \u0001", List.of(new BidContent.Document("m\u00e9thode \"1\".txt", "text/plain",
          "hello\n".getBytes(StandardCharsets.UTF_8))));

  @Test
  void theHashMatchesPythonsSortedCompactJson() {
    // Computed independently with:
    // json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False), then sha256 of its UTF-8
    assertThat(CanonicalBid.canonical(CONTENT)).isEqualTo("{\"documents\":[{\"mediaType\":\"text/plain\","
        + "\"name\":\"m\u00e9thode \\\"1\\\".txt\",\"sha256\":"
        + "\"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\",\"size\":6}],"
        + "\"price\":\"1234.50\",\"socialValueResponse\":\"Jobs\\tfor\\nlocals \u20ac \\\\ \\u0001\","
        + "\"technicalResponse\":\"We \u2028 care\"}");
    assertThat(CanonicalBid.sha256(CONTENT))
        .isEqualTo("28c8c4ef73f98f0ec6847b8a3980648ea79d61bc6eb388cbf658b52ba2ddb807");
  }

  @Test
  void everyPartOfTheContentChangesTheHash() {
    String base = CanonicalBid.sha256(CONTENT);
    assertThat(CanonicalBid.sha256(new BidContent(new BigDecimal("1234.51"), CONTENT.technicalResponse(),
        CONTENT.socialValueResponse(), CONTENT.documents()))).isNotEqualTo(base);
    assertThat(CanonicalBid.sha256(new BidContent(CONTENT.price(), CONTENT.technicalResponse() + " ",
        CONTENT.socialValueResponse(), CONTENT.documents()))).isNotEqualTo(base);
    assertThat(CanonicalBid.sha256(new BidContent(CONTENT.price(), CONTENT.technicalResponse(),
        CONTENT.socialValueResponse(), List.of()))).isNotEqualTo(base);
    assertThat(CanonicalBid.sha256(new BidContent(CONTENT.price(), CONTENT.technicalResponse(),
        CONTENT.socialValueResponse(), List.of(new BidContent.Document("m\u00e9thode \"1\".txt", "text/plain",
            "hello!".getBytes(StandardCharsets.UTF_8)))))).isNotEqualTo(base);
    // The same amount written differently is the same price.
    assertThat(CanonicalBid.sha256(new BidContent(new BigDecimal("1234.50"), CONTENT.technicalResponse(),
        CONTENT.socialValueResponse(), CONTENT.documents()))).isEqualTo(base);
  }

  @Test
  void theSealedFormRoundTrips() {
    BidContent back = CanonicalBid.unseal(CanonicalBid.sealed(CONTENT));

    assertThat(back.price()).isEqualTo(new BigDecimal("1234.50"));
    assertThat(back.technicalResponse()).isEqualTo(CONTENT.technicalResponse());
    assertThat(back.socialValueResponse()).isEqualTo(CONTENT.socialValueResponse());
    assertThat(back.documents()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("m\u00e9thode \"1\".txt");
      assertThat(d.content()).isEqualTo("hello\n".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(CanonicalBid.sha256(back)).isEqualTo(CanonicalBid.sha256(CONTENT));
    assertThat(CONTENT.toString()).doesNotContain("care");
  }
}
