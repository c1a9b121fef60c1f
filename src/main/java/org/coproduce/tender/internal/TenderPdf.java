package org.coproduce.tender.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Lays out the tender document with OpenPDF: what the city buys, how bids are judged, how and by when to bid. */
public final class TenderPdf {

  /** The data printed in the document. */
  public record Content(String caseRef, String title, String serviceArea, String plainSummary, String problem,
      String needsAssessment, String outcomes, String serviceLevels, int durationMonths, BigDecimal estimatedValue,
      String currency, List<Criterion> criteria, Instant deadline, String bidUrl, String tendersUrl, int specVersion,
      int documentVersion) {
  }

  /** A weighted criterion as printed. */
  public record Criterion(String name, String type, int weight, String description) {
  }

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, Color.DARK_GRAY);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f);

  private TenderPdf() {
  }

  public static byte[] render(Content c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Tender: " + c.title());
      document.addSubject("Tender documents for case " + c.caseRef());
      document.addCreator("Coproduce");
      document.open();
      document.add(new Paragraph("Invitation to tender", SMALL));
      document.add(new Paragraph(c.title(), TITLE));
      document.add(new Paragraph("Case " + c.caseRef() + " · " + c.serviceArea() + " · specification version "
          + c.specVersion() + " · document version " + c.documentVersion(), SMALL));

      heading(document, "In plain language");
      PdfPTable summary = new PdfPTable(1);
      summary.setWidthPercentage(100);
      PdfPCell box = new PdfPCell(new Phrase(c.plainSummary(), BODY));
      box.setPadding(8);
      box.setBackgroundColor(new Color(0xEE, 0xF4, 0xFA));
      summary.addCell(box);
      document.add(summary);

      heading(document, "The problem this service addresses");
      body(document, c.problem());
      if (c.needsAssessment() != null) {
        heading(document, "Needs assessment (agreed by the co-production panel)");
        body(document, c.needsAssessment());
      }

      heading(document, "Specification");
      labelled(document, "Outcomes", c.outcomes());
      labelled(document, "Service levels", c.serviceLevels());
      labelled(document, "Contract duration", c.durationMonths() + " months");
      labelled(document, "Estimated contract value", c.estimatedValue().toPlainString() + " " + c.currency());

      heading(document, "Award criteria and weights");
      body(document, "Bids are scored independently by every evaluator on every criterion with a written "
          + "justification; the contract goes to the most economically advantageous tender, the highest weighted "
          + "total. Price is scored as (lowest compliant price / this bid's price) × the price weight.");
      PdfPTable table = new PdfPTable(new float[] {3.2f, 1.6f, 1f, 5f});
      table.setWidthPercentage(100);
      table.setSpacingBefore(6);
      for (String h : List.of("Criterion", "Type", "Weight", "What we look for")) {
        PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
        cell.setBackgroundColor(new Color(0xDD, 0xDD, 0xDD));
        table.addCell(cell);
      }
      for (Criterion criterion : c.criteria()) {
        table.addCell(new Phrase(criterion.name(), BODY));
        table.addCell(new Phrase(criterion.type(), BODY));
        PdfPCell weight = new PdfPCell(new Phrase(criterion.weight() + "%", BODY));
        weight.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(weight);
        table.addCell(new Phrase(criterion.description() == null ? "" : criterion.description(), BODY));
      }
      document.add(table);
      body(document, "The criteria and weights are fixed when the tender is published and cannot change afterwards.");

      heading(document, "How and by when to bid");
      Paragraph deadline = new Paragraph();
      deadline.add(new Chunk("Deadline: ", BOLD));
      deadline.add(new Chunk(DEADLINE.format(c.deadline()), BOLD));
      document.add(deadline);
      body(document, "Register as a supplier, then submit your sealed bid (price, technical response, social-value "
          + "response) to " + c.bidUrl() + " with an Idempotency-Key header. You receive a receipt with the exact "
          + "server time and the SHA-256 of your bid. You may replace or withdraw your bid until the deadline. A bid "
          + "received even one millisecond after the deadline is refused. Bids stay encrypted until two authorised "
          + "people, an official and a citizen witness, open them together after the deadline.");
      body(document, "Open tenders: " + c.tendersUrl());
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not lay out the tender document for " + c.caseRef(), e);
    }
    return out.toByteArray();
  }

  private static void heading(Document document, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static void body(Document document, String text) {
    Paragraph p = new Paragraph(text, BODY);
    p.setSpacingAfter(4);
    document.add(p);
  }

  private static void labelled(Document document, String label, String text) {
    Paragraph p = new Paragraph();
    p.add(new Chunk(label + ": ", BOLD));
    p.add(new Chunk(text, BODY));
    p.setSpacingAfter(4);
    document.add(p);
  }
}
