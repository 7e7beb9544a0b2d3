package dev.cairn.bench.harness;

import dev.cairn.bench.tools.MigrationOp;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Draws how cost grows with the number of migrations, one line per tool: fresh apply on the left,
 * the no-op startup check on the right (both warm-JVM medians). Java2D only, written as PNG.
 */
final class Chart {
  private static final int WIDTH = 1500;
  private static final int HEIGHT = 680;
  private static final Color CAIRN = new Color(0x1f, 0x77, 0xb4);
  private static final Color FLYWAY = new Color(0xd6, 0x27, 0x28);
  private static final Color LIQUIBASE = new Color(0x94, 0x67, 0xbd);
  private static final Color PSQL = new Color(0x2c, 0xa0, 0x2c);
  private static final Color PSQL_PER_FILE = new Color(0x7f, 0x7f, 0x7f);
  private static final Stroke SOLID =
      new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Stroke DASHED =
      new BasicStroke(
          2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 6f}, 0f);

  /** One line: a label, its style, and its points (x = migrations, y = milliseconds). */
  record Series(String label, Color color, boolean dashed, List<double[]> points) {}

  private Chart() {}

  static void write(Report report, Path png) throws IOException {
    List<Series> apply = new ArrayList<>();
    apply.add(series(report, Sections.APPLY, MigrationOp.CAIRN_MIGRATE.label(), CAIRN, false));
    apply.add(series(report, Sections.APPLY, MigrationOp.FLYWAY_MIGRATE.label(), FLYWAY, false));
    apply.add(
        series(report, Sections.APPLY, MigrationOp.LIQUIBASE_UPDATE.label(), LIQUIBASE, false));
    apply.add(series(report, Sections.APPLY, Sections.PSQL_SESSION, PSQL, false));
    apply.add(series(report, Sections.APPLY, Sections.PSQL_PER_FILE, PSQL_PER_FILE, true));
    List<Series> noop = new ArrayList<>();
    noop.add(series(report, Sections.NOOP_WARM, MigrationOp.CAIRN_MIGRATE.label(), CAIRN, false));
    noop.add(series(report, Sections.NOOP_WARM, MigrationOp.CAIRN_VALIDATE.label(), CAIRN, true));
    noop.add(series(report, Sections.NOOP_WARM, MigrationOp.FLYWAY_MIGRATE.label(), FLYWAY, false));
    noop.add(series(report, Sections.NOOP_WARM, MigrationOp.FLYWAY_VALIDATE.label(), FLYWAY, true));
    noop.add(
        series(report, Sections.NOOP_WARM, MigrationOp.LIQUIBASE_UPDATE.label(), LIQUIBASE, false));

    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
      String title = "Cost against the number of migrations (medians, warm JVM, fresh database)";
      centered(g, title, WIDTH / 2, 34);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      g.setColor(new Color(0x55, 0x55, 0x55));
      centered(
          g,
          "scope "
              + report.settings().scope()
              + " · "
              + report.machine().cpus()
              + " CPUs · load average at start "
              + report.machine().loadAtStart(),
          WIDTH / 2,
          58);
      int panelWidth = WIDTH / 2;
      panel(
          g, 0, 70, panelWidth, HEIGHT - 70, "Fresh apply of the whole history", apply, 1000, "s");
      panel(
          g,
          panelWidth,
          70,
          panelWidth,
          HEIGHT - 70,
          "No-op startup check (everything applied)",
          noop,
          1,
          "ms");
    } finally {
      g.dispose();
    }
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(image, "png", png.toFile());
  }

  private static Series series(
      Report report, String section, String subject, Color color, boolean dashed) {
    List<double[]> points = new ArrayList<>();
    for (int size : report.settings().sizes()) {
      Optional<Row> r = report.measured(section, subject, size);
      r.ifPresent(row -> points.add(new double[] {size, row.time().median()}));
    }
    return new Series(subject, color, dashed, points);
  }

  /** Draws one panel; {@code divisor} converts milliseconds to the axis unit. */
  private static void panel(
      Graphics2D g,
      int x0,
      int y0,
      int w,
      int h,
      String title,
      List<Series> series,
      double divisor,
      String unit) {
    int left = x0 + 95;
    int right = x0 + w - 30;
    int top = y0 + 45;
    int bottom = y0 + h - 70;
    double maxX = 0;
    double maxY = 0;
    for (Series s : series) {
      for (double[] p : s.points()) {
        maxX = Math.max(maxX, p[0]);
        maxY = Math.max(maxY, p[1] / divisor);
      }
    }
    if (maxX <= 0) {
      maxX = 1;
    }
    if (maxY <= 0) {
      maxY = 1;
    }
    double xStep = niceStep(maxX / 5);
    double yStep = niceStep(maxY / 5);
    double xMax = Math.ceil(maxX / xStep) * xStep;
    double yMax = Math.ceil(maxY * 1.05 / yStep) * yStep;

    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
    g.setColor(Color.BLACK);
    centered(g, title, (left + right) / 2, y0 + 28);

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    FontMetrics fm = g.getFontMetrics();
    for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
      int y = (int) Math.round(bottom - v / yMax * (bottom - top));
      g.setColor(new Color(0xe6, 0xe6, 0xe6));
      g.drawLine(left, y, right, y);
      g.setColor(Color.DARK_GRAY);
      String label = tick(v, yStep);
      g.drawString(label, left - 8 - fm.stringWidth(label), y + fm.getAscent() / 2 - 1);
    }
    for (double v = 0; v <= xMax + xStep / 2; v += xStep) {
      int x = (int) Math.round(left + v / xMax * (right - left));
      g.setColor(new Color(0xf0, 0xf0, 0xf0));
      g.drawLine(x, top, x, bottom);
      g.setColor(Color.DARK_GRAY);
      g.drawLine(x, bottom, x, bottom + 5);
      centered(g, String.format(Locale.ROOT, "%,.0f", v), x, bottom + 8 + fm.getAscent());
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.5f));
    g.drawLine(left, bottom, right, bottom);
    g.drawLine(left, top, left, bottom);

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    centered(g, "migrations in the history", (left + right) / 2, bottom + 48);
    AffineTransform saved = g.getTransform();
    g.rotate(-Math.PI / 2);
    centered(g, "time (" + unit + ")", -(top + bottom) / 2, x0 + 30);
    g.setTransform(saved);

    for (Series s : series) {
      if (s.points().isEmpty()) {
        continue;
      }
      g.setColor(s.color());
      g.setStroke(s.dashed() ? DASHED : SOLID);
      Path2D.Double path = new Path2D.Double();
      boolean first = true;
      for (double[] p : s.points()) {
        double x = left + p[0] / xMax * (right - left);
        double y = bottom - p[1] / divisor / yMax * (bottom - top);
        if (first) {
          path.moveTo(x, y);
          first = false;
        } else {
          path.lineTo(x, y);
        }
      }
      g.draw(path);
      g.setStroke(new BasicStroke(1.5f));
      for (double[] p : s.points()) {
        int x = (int) Math.round(left + p[0] / xMax * (right - left));
        int y = (int) Math.round(bottom - p[1] / divisor / yMax * (bottom - top));
        g.fillOval(x - 4, y - 4, 9, 9);
      }
    }
    legend(g, series, left + 16, top + 12);
  }

  private static void legend(Graphics2D g, List<Series> series, int x, int y) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    FontMetrics fm = g.getFontMetrics();
    int lineHeight = fm.getHeight() + 4;
    int width = 0;
    int shown = 0;
    for (Series s : series) {
      width = Math.max(width, fm.stringWidth(label(s)));
      shown++;
    }
    int boxW = width + 70;
    int boxH = shown * lineHeight + 12;
    g.setColor(new Color(255, 255, 255, 235));
    g.fillRect(x, y, boxW, boxH);
    g.setColor(new Color(0xbb, 0xbb, 0xbb));
    g.setStroke(new BasicStroke(1f));
    g.drawRect(x, y, boxW, boxH);
    int row = y + 6 + fm.getAscent();
    for (Series s : series) {
      g.setColor(s.color());
      g.setStroke(s.dashed() ? DASHED : SOLID);
      int midY = row - fm.getAscent() / 2 + 2;
      g.drawLine(x + 10, midY, x + 48, midY);
      g.fillOval(x + 25, midY - 4, 9, 9);
      g.setColor(Color.BLACK);
      g.drawString(label(s), x + 58, row);
      row += lineHeight;
    }
  }

  private static String label(Series s) {
    return s.points().isEmpty() ? s.label() + " (not measured)" : s.label();
  }

  private static void centered(Graphics2D g, String text, int cx, int baseline) {
    FontMetrics fm = g.getFontMetrics();
    g.drawString(text, cx - fm.stringWidth(text) / 2, baseline);
  }

  static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double exp = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / exp;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * exp;
  }

  private static String tick(double v, double step) {
    if (step >= 1) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    int decimals = (int) Math.ceil(-Math.log10(step) + 1e-9);
    if (step * Math.pow(10, decimals) % 1 != 0) {
      decimals++;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
