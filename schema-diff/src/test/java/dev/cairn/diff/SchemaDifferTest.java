package dev.cairn.diff;

import static dev.cairn.diff.M.col;
import static dev.cairn.diff.M.db;
import static dev.cairn.diff.M.enumType;
import static dev.cairn.diff.M.nn;
import static dev.cairn.diff.M.pk;
import static dev.cairn.diff.M.qn;
import static dev.cairn.diff.M.schema;
import static dev.cairn.diff.M.table;
import static dev.cairn.diff.M.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.diff.model.Column;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.UnsupportedObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The differ's decisions that are not visible in SQL: warnings, hints, change kinds. */
class SchemaDifferTest {

  private static DiffResult diff(Database from, Database to) {
    return SchemaDiffer.diff(from, to, DiffOptions.defaults());
  }

  private static List<String> describe(DiffResult r) {
    return r.changes().stream().map(SchemaChange::describe).toList();
  }

  @Test
  void equalSchemasHaveNoChanges() {
    Database d =
        db(schema("public", table("public.t", nn(col("id", "integer")), pk("t_pkey", "id"))));
    assertThat(diff(d, d).isEmpty()).isTrue();
    assertThat(diff(d, d).warnings()).isEmpty();
  }

  @Test
  void unsupportedObjectsOnEitherSideAreWarnings() {
    UnsupportedObject agg =
        new UnsupportedObject("aggregate", "public.my_sum(integer)", "aggregates are not modelled");
    UnsupportedObject rule =
        new UnsupportedObject("rule", "r ON public.t", "rules are not modelled");
    UnsupportedObject cast = new UnsupportedObject("cast", "(text AS x)", "casts are not modelled");
    Database from = db(schema("public"), agg, rule);
    Database to = db(schema("public"), rule, cast);
    DiffResult r = diff(from, to);
    assertThat(r.changes()).isEmpty();
    assertThat(r.warnings())
        .extracting(DiffWarning::subject)
        .containsExactly(
            "aggregate public.my_sum(integer)", "cast (text AS x)", "rule r ON public.t");
    assertThat(r.warnings().get(0).message())
        .contains("only in the current schema (the plan will NOT drop it)")
        .contains("aggregates are not modelled");
    assertThat(r.warnings().get(1).message()).contains("will NOT create it");
    assertThat(r.warnings().get(2).message()).contains("exists in both schemas");
  }

  @Test
  void droppedAndCreatedTableWithSameColumnsSuggestsARenameHint() {
    Database from = db(schema("public", table("public.customer", nn(col("id", "integer")))));
    Database to = db(schema("public", table("public.customers", nn(col("id", "integer")))));
    DiffResult r = diff(from, to);
    assertThat(describe(r))
        .containsExactly("drop table public.customer", "create table public.customers");
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("--rename public.customer=customers"));
  }

  @Test
  void droppedAndAddedColumnOfTheSameTypeSuggestsARenameHint() {
    Database from = db(schema("public", table("public.t", col("mail", "text"))));
    Database to = db(schema("public", table("public.t", col("email", "text"))));
    assertThat(diff(from, to).warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("--rename public.t.mail=email"));
  }

  @Test
  void hintsThatMatchNothingAreReportedAndIgnored() {
    Database from = db(schema("public", table("public.a", col("x", "text"))));
    Database to = db(schema("public", table("public.b", col("x", "text"))));
    RenameHints hints =
        RenameHints.none()
            .table("public", "nope", "b")
            .table("public", "a", "zzz")
            .column("public", "a", "y", "z");
    DiffResult r = SchemaDiffer.diff(from, to, DiffOptions.defaults().withRenames(hints));
    assertThat(r.changes()).noneMatch(c -> c instanceof SchemaChange.RenameTable);
    assertThat(r.warnings())
        .extracting(DiffWarning::message)
        .anySatisfy(m -> assertThat(m).contains("has no table public.nope"))
        .anySatisfy(m -> assertThat(m).contains("desired schema has no table public.zzz"))
        .anySatisfy(m -> assertThat(m).contains("has no column y"));
  }

  @Test
  void renameOfTableAndColumnTogether() {
    Database from =
        db(schema("public", table("public.a", nn(col("id", "integer")), col("x", "text"))));
    Database to =
        db(schema("public", table("public.b", nn(col("id", "integer")), col("y", "text"))));
    RenameHints hints = RenameHints.none().parse("public.a=b").parse("public.a.x=y");
    DiffResult r = SchemaDiffer.diff(from, to, DiffOptions.defaults().withRenames(hints));
    assertThat(describe(r))
        .containsExactly("rename table public.a to b", "rename column public.b.x to y");
    DiffResult back =
        SchemaDiffer.diff(to, from, DiffOptions.defaults().withRenames(hints.reversed()));
    assertThat(describe(back))
        .containsExactly("rename table public.b to a", "rename column public.a.y to x");
  }

  static Stream<Arguments> enumChanges() {
    return Stream.of(
        Arguments.of(List.of("a", "b"), List.of("a", "b", "c"), "AddEnumValue"),
        Arguments.of(List.of("a", "b"), List.of("x", "a", "b"), "AddEnumValue"),
        Arguments.of(List.of("a", "c"), List.of("a", "b", "c"), "AddEnumValue"),
        Arguments.of(List.of("a", "b", "c"), List.of("a", "c"), "RecreateEnum"),
        Arguments.of(List.of("a", "b"), List.of("b", "a"), "RecreateEnum"),
        Arguments.of(List.of("a", "b"), List.of("a", "x"), "RecreateEnum"));
  }

  @ParameterizedTest
  @MethodSource("enumChanges")
  void enumLabelsAreAddedInPlaceOrTheTypeIsRecreated(
      List<String> before, List<String> after, String kind) {
    Database from = db(schema("public", enumType("public.e", before.toArray(String[]::new))));
    Database to = db(schema("public", enumType("public.e", after.toArray(String[]::new))));
    assertThat(diff(from, to).changes())
        .isNotEmpty()
        .allMatch(c -> c.getClass().getSimpleName().equals(kind));
  }

  @Test
  void enumValuesAreAddedWithTheirPosition() {
    Database from = db(schema("public", enumType("public.e", "b", "d")));
    Database to = db(schema("public", enumType("public.e", "a", "b", "c", "d", "e")));
    assertThat(diff(from, to).changes())
        .containsExactly(
            new SchemaChange.AddEnumValue(qn("public.e"), "a", "b", null),
            new SchemaChange.AddEnumValue(qn("public.e"), "c", null, "b"),
            new SchemaChange.AddEnumValue(qn("public.e"), "e", null, null));
  }

  @Test
  void recreatedEnumListsTheColumnsToConvert() {
    Database from =
        db(
            schema(
                "public",
                enumType("public.e", "a", "b"),
                table(
                    "public.t",
                    col("s", "public.e"),
                    col("many", "public.e[]"),
                    col("x", "text"))));
    Database to =
        db(
            schema(
                "public",
                enumType("public.e", "b"),
                table(
                    "public.t",
                    col("s", "public.e"),
                    col("many", "public.e[]"),
                    col("x", "text"))));
    SchemaChange.RecreateEnum r = (SchemaChange.RecreateEnum) diff(from, to).changes().get(0);
    assertThat(r.usages()).extracting(u -> u.column().name()).containsExactly("s", "many");
  }

  @Test
  void viewsOverARetypedColumnAreRecreated() {
    String def = " SELECT id FROM public.t;";
    Database from =
        db(
            schema(
                "public",
                table("public.t", col("id", "integer")),
                view("public.v", def, List.of("id"), "public.t"),
                view("public.w", " SELECT id FROM public.v;", List.of("id"), "public.v")));
    Database to =
        db(
            schema(
                "public",
                table("public.t", col("id", "bigint")),
                view("public.v", def, List.of("id"), "public.t"),
                view("public.w", " SELECT id FROM public.v;", List.of("id"), "public.v")));
    assertThat(describe(diff(from, to)))
        .containsExactly(
            "change type of public.t.id from integer to bigint",
            "recreate view public.v (reads columns of public.t whose type changes)",
            "recreate view public.w (reads view public.v, which is re-created)");
  }

  @Test
  void schemaFilterLimitsTheComparison() {
    Database from = db(schema("public"), schema("a", table("a.t", col("x", "text"))));
    Database to = db(schema("public"));
    assertThat(
            SchemaDiffer.diff(from, to, DiffOptions.defaults().withSchemas(Set.of("public")))
                .changes())
        .isEmpty();
    assertThat(diff(from, to).changes()).hasSize(2);
  }

  @Test
  void identityAndDefaultAreSeparateChanges() {
    Database from = db(schema("public", table("public.t", def(col("id", "bigint"), "0"))));
    Database to =
        db(
            schema(
                "public",
                table("public.t", M.identity(col("id", "bigint"), Column.Identity.ALWAYS))));
    assertThat(describe(diff(from, to)))
        .containsExactly(
            "change identity of public.t.id from null to ALWAYS",
            "drop default of public.t.id",
            "set not null on public.t.id");
  }

  private static Column def(Column c, String expr) {
    return M.def(c, expr);
  }

  @Test
  void renameHintsParse() {
    RenameHints h =
        RenameHints.none().parse("public.old=new").parse("\"My Schema\".\"a.b\".col=\"new col\"");
    assertThat(h.tables()).containsExactly(new RenameHints.TableRename(qn("public.old"), "new"));
    assertThat(h.members())
        .containsExactly(
            new RenameHints.MemberRename(
                dev.cairn.diff.model.QualifiedName.of("My Schema", "a.b"), "col", "new col"));
    assertThatThrownBy(() -> RenameHints.none().parse("a.b.c.d=e"))
        .hasMessageContaining("found 4 part(s)");
    assertThatThrownBy(() -> RenameHints.none().parse("a=b"))
        .hasMessageContaining("must name schema.table");
    assertThatThrownBy(() -> RenameHints.none().parse("a.\"b=c"))
        .hasMessageContaining("has no '='");
    assertThatThrownBy(() -> RenameHints.none().parse("a.b="))
        .hasMessageContaining("empty new name");
  }
}
