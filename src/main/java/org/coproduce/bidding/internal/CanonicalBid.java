package org.coproduce.bidding.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The two byte forms of a bid's content.
 *
 * <p><b>Canonical form</b> (what the receipt's sha256 covers, docs/adr/0004-sealed-bids.md), so a
 * supplier can recompute it: the UTF-8 bytes of the JSON object
 * <pre>{"documents":[{"mediaType":M,"name":N,"sha256":H,"size":S},...],"price":P,"socialValueResponse":R2,"technicalResponse":R1}</pre>
 * with members in exactly this (alphabetical) order, no whitespace, documents in the order sent
 * ({@code []} when none), {@code P} the price as a string with exactly two decimals
 * ({@code "125000.00"}), {@code H} the lower-case hex SHA-256 of the document's decoded bytes and
 * {@code S} their count, and strings escaped as RFC 8785 (JCS) does: {@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, other characters below U+0020 as backslash-u and four lower-case hex digits, all
 * else as is. That is the output of Python's
 * {@code json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)}.
 *
 * <p><b>Sealed form</b> (what is encrypted): JSON with the documents' bytes, read back at opening.
 */
final class CanonicalBid {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CanonicalBid() {
  }

  static String canonical(BidContent content) {
    StringBuilder out = new StringBuilder(256 + content.technicalResponse().length()
        + content.socialValueResponse().length());
    out.append("{\"documents\":[");
    for (int i = 0; i < content.documents().size(); i++) {
      BidContent.Document d = content.documents().get(i);
      out.append(i == 0 ? "" : ",").append("{\"mediaType\":");
      string(out, d.mediaType());
      out.append(",\"name\":");
      string(out, d.name());
      out.append(",\"sha256\":\"").append(sha256(d.content())).append("\",\"size\":").append(d.content().length)
          .append('}');
    }
    out.append("],\"price\":");
    string(out, content.price().toPlainString());
    out.append(",\"socialValueResponse\":");
    string(out, content.socialValueResponse());
    out.append(",\"technicalResponse\":");
    string(out, content.technicalResponse());
    return out.append('}').toString();
  }

  static String sha256(BidContent content) {
    return sha256(canonical(content).getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static byte[] sealed(BidContent content) {
    ObjectNode root = JSON.createObjectNode();
    root.put("price", content.price().toPlainString());
    root.put("technicalResponse", content.technicalResponse());
    root.put("socialValueResponse", content.socialValueResponse());
    ArrayNode documents = root.putArray("documents");
    for (BidContent.Document d : content.documents()) {
      documents.addObject().put("name", d.name()).put("mediaType", d.mediaType())
          .put("content", Base64.getEncoder().encodeToString(d.content()));
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A bid could not be written as JSON", e);
    }
  }

  static BidContent unseal(byte[] plaintext) {
    try {
      JsonNode root = JSON.readTree(plaintext);
      List<BidContent.Document> documents = new ArrayList<>();
      for (JsonNode d : root.get("documents")) {
        documents.add(new BidContent.Document(d.get("name").asText(), d.get("mediaType").asText(),
            Base64.getDecoder().decode(d.get("content").asText())));
      }
      return new BidContent(new BigDecimal(root.get("price").asText()), root.get("technicalResponse").asText(),
          root.get("socialValueResponse").asText(), documents);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("A decrypted bid is not in the sealed form", e);
    }
  }

  /** Appends {@code s} as a JSON string escaped as RFC 8785 prescribes. */
  private static void string(StringBuilder out, String s) {
    out.append('"');
    int plainFrom = 0; // runs of characters that need no escape are copied in one go
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    out.append(s, plainFrom, s.length()).append('"');
  }
}
