package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.loader.support.Catalog;
import dev.cairn.loader.support.HibernateValidation;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every model of the corpus: load it, run the DDL on a fresh PostgreSQL database, start
 * Hibernate with {@code validate} against that database (proof that the DDL is what Hibernate
 * expects), and check the catalog for what validation does not look at (constraints, indexes,
 * sequences, seed rows, comments, defaults, enum types).
 */
@WithPostgres
class CorpusTest {
  private static final String MODELS = "dev.cairn.loader.models.";

  record Case(
      String name,
      UnaryOperator<LoaderOptions.Builder> options,
      BiConsumer<Catalog, LoadedSchema> checks) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> corpus() {
    return Stream.of(
        new Case("shop", b -> b.packages(MODELS + "shop"), CorpusTest::shop),
        new Case(
            "shop, Hibernate naming",
            b -> b.packages(MODELS + "shop").naming(NamingPreset.HIBERNATE),
            CorpusTest::shopHibernateNaming),
        new Case(
            "inheritance.joined",
            b -> b.packages(MODELS + "inheritance.joined"),
            CorpusTest::joined),
        new Case(
            "inheritance.single",
            b -> b.packages(MODELS + "inheritance.single"),
            CorpusTest::single),
        new Case(
            "inheritance.tablePerClass",
            b -> b.packages(MODELS + "inheritance.tablePerClass"),
            CorpusTest::tablePerClass),
        new Case("generators", b -> b.packages(MODELS + "generators"), CorpusTest::generators),
        new Case("collections", b -> b.packages(MODELS + "collections"), CorpusTest::collections),
        new Case("enums", b -> b.packages(MODELS + "enums"), CorpusTest::enums),
        new Case("naming", b -> b.packages(MODELS + "naming"), CorpusTest::naming),
        new Case("quoted", b -> b.packages(MODELS + "quoted"), CorpusTest::quoted),
        new Case(
            "quoted, globally",
            b -> b.packages(MODELS + "naming").globallyQuotedIdentifiers(true),
            CorpusTest::globallyQuoted),
        new Case("schemas", b -> b.packages(MODELS + "schemas"), CorpusTest::schemas),
        new Case(
            "default schema",
            b -> b.packages(MODELS + "naming").defaultSchema("library"),
            CorpusTest::defaultSchema),
        new Case("types", b -> b.packages(MODELS + "types"), CorpusTest::types),
        new Case(
            "types, UUIDs as char and time zones in a column",
            b ->
                b.packages(MODELS + "types")
                    .property("hibernate.type.preferred_uuid_jdbc_type", "CHAR")
                    .property("hibernate.timezone.default_storage", "COLUMN"),
            CorpusTest::typesWithSettings),
        new Case(
            "all models at once",
            b ->
                b.packages(
                    MODELS.substring(0, MODELS.length() - 1) + ".shop",
                    MODELS + "inheritance",
                    MODELS + "generators",
                    MODELS + "collections",
                    MODELS + "enums",
                    MODELS + "naming",
                    MODELS + "quoted",
                    MODELS + "schemas",
                    MODELS + "types"),
            CorpusTest::all));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void ddlIsExactlyWhatHibernateValidates(Case c, ScratchDatabase db) {
    LoaderOptions options = c.options().apply(LoaderOptions.builder()).build();
    LoadedSchema schema = SchemaLoader.load(options);
    Catalog catalog = new Catalog(db);
    catalog.apply(schema);

    HibernateValidation.validate(options, db);
    c.checks().accept(catalog, schema);
  }

  private static void shop(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public"))
        .containsExactly(
            "customer",
            "customer_favourite_products",
            "customer_tags",
            "order_line",
            "product",
            "purchase_order_notes",
            "purchase_orders");
    assertThat(db.columns("product"))
        .contains(
            "category character varying(16)", "stock integer not null", "amount numeric(12,2)")
        .noneMatch(c -> c.startsWith("doubled_stock"));
    assertThat(db.constraints("product", "c"))
        .anyMatch(c -> c.contains("'BOOKS'") && c.contains("'TOYS'") && c.contains("'FOOD'"))
        .contains("CHECK ((stock >= 0))");
    assertThat(
            db.column(
                "select column_default from information_schema.columns where table_name = 'product' and column_name = 'stock'"))
        .containsExactly("0");
    assertThat(db.constraints("purchase_orders", "c")).contains("CHECK ((order_number > 0))");
    assertThat(db.constraints("purchase_orders", "u"))
        .contains("UNIQUE (customer_id, order_number)", "UNIQUE (external_ref)");
    assertThat(db.constraints("customer", "u")).contains("UNIQUE (email_address)");
    assertThat(db.constraints("purchase_orders", "f"))
        .containsExactly("FOREIGN KEY (customer_id) REFERENCES customer(id)");
    assertThat(db.constraints("purchase_order_notes", "f"))
        .containsExactly("FOREIGN KEY (id) REFERENCES purchase_orders(id)");
    assertThat(db.indexes("product"))
        .anyMatch(i -> i.contains("product_name_idx") && i.endsWith("(name)"));
    assertThat(db.indexes("purchase_orders"))
        .anyMatch(i -> i.contains("purchase_order_date_idx") && i.endsWith("(order_date DESC)"));
    assertThat(db.column("select obj_description('customer'::regclass, 'pg_class')"))
        .containsExactly("People who buy things");
    assertThat(db.column("select col_description('purchase_orders'::regclass, 4)"))
        .containsExactly("The payment provider's reference");
    assertThat(db.columns("purchase_orders"))
        .contains("version bigint not null", "created_at timestamp(6) with time zone not null");
    assertThat(db.sequence("purchase_order_seq")).containsExactly("20", "1");
    assertThat(db.sequence("product_seq")).containsExactly("50", "1");
    assertThat(db.columns("customer_tags")).contains("tags character varying(255)");
    assertThat(schema.summary().entity("PurchaseOrder").secondaryTables())
        .containsExactly("purchase_order_notes");
  }

  private static void shopHibernateNaming(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public"))
        .containsExactly(
            "customer",
            "customer_product",
            "customer_tags",
            "orderline",
            "product",
            "purchase_order_notes",
            "purchase_orders");
    assertThat(db.columns("customer"))
        .contains(
            "emailaddress character varying(200) not null",
            "createdat timestamp(6) with time zone not null");
  }

  private static void joined(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public")).containsExactly("bank_transfer", "card_payment", "payment");
    assertThat(db.constraints("card_payment", "p")).containsExactly("PRIMARY KEY (payment_id)");
    assertThat(db.constraints("card_payment", "f"))
        .containsExactly("FOREIGN KEY (payment_id) REFERENCES payment(id)");
    assertThat(db.constraints("bank_transfer", "f"))
        .containsExactly("FOREIGN KEY (id) REFERENCES payment(id)");
    assertThat(schema.summary().entity("CardPayment").inheritance()).isEqualTo("JOINED");
    assertThat(schema.summary().entity("CardPayment").superEntity()).endsWith(".Payment");
  }

  private static void single(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public")).containsExactly("vehicle");
    assertThat(db.columns("vehicle"))
        .contains(
            "kind character varying(10) not null",
            "seats integer",
            "payload_tonnes double precision");
    assertThat(schema.summary().entity("Truck").table()).isEqualTo("vehicle");
    assertThat(schema.summary().entity("Truck").inheritance()).isEqualTo("SINGLE_TABLE");
  }

  private static void tablePerClass(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public")).containsExactly("cat", "dog");
    assertThat(db.columns("dog"))
        .contains("id bigint not null", "name character varying(255)", "good_boy boolean not null");
    assertThat(db.sequence("animal_seq")).containsExactly("50", "1");
    assertThat(schema.summary().entity("Dog").inheritance()).isEqualTo("TABLE_PER_CLASS");
  }

  private static void generators(Catalog db, LoadedSchema schema) {
    assertThat(db.sequence("custom_seq")).containsExactly("7", "100");
    assertThat(db.sequence("package_level_seq")).containsExactly("5", "1");
    // Identity columns own a sequence too; the others are exactly those of the summary.
    assertThat(
            db.column(
                "select sequencename from pg_sequences where sequencename not like '%_id_seq'"
                    + " order by 1"))
        .containsExactlyElementsOf(schema.summary().sequences());
    assertThat(db.rows("select generator_name, next_value from id_generators order by 1"))
        .containsExactly(List.of("alpha", "1000"), List.of("beta", "5"));
    assertThat(db.rows("select sequence_name, next_val from hibernate_sequences"))
        .containsExactly(List.of("default", "0"));
    assertThat(
            db.column(
                "select is_identity from information_schema.columns where table_name = 'identity_id_entity' and column_name = 'id'"))
        .containsExactly("YES");
    assertThat(db.columns("uuid_id_entity")).containsExactly("id uuid not null");
    // An AUTO id in a package declaring a sequence generator uses that generator (Hibernate 7).
    assertThat(schema.summary().sequences()).containsExactly("custom_seq", "package_level_seq");
  }

  private static void collections(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public"))
        .containsExactly(
            "author",
            "author_awards",
            "author_draft_letters",
            "author_pen_names",
            "author_social_handles",
            "book",
            "book_authors",
            "book_reviewers",
            "letter");
    assertThat(db.constraints("author_pen_names", "p"))
        .containsExactly("PRIMARY KEY (author_id, \"position\")");
    assertThat(db.columns("author_social_handles"))
        .contains("network character varying(30) not null", "handle character varying(255)");
    assertThat(db.columns("author_awards"))
        .contains("title character varying(100) not null", "award_year integer");
    assertThat(db.constraints("book_authors", "f"))
        .containsExactly(
            "FOREIGN KEY (author_id) REFERENCES author(id)",
            "FOREIGN KEY (book_id) REFERENCES book(id)");
    assertThat(db.columns("letter")).contains("author_id bigint");
    assertThat(schema.summary().entity("Author").collectionTables())
        .containsExactly(
            "author_awards",
            "author_draft_letters",
            "author_pen_names",
            "author_social_handles",
            "book_authors");
  }

  private static void enums(Catalog db, LoadedSchema schema) {
    // Hibernate lists the labels of a named enum type alphabetically.
    assertThat(db.column(ENUM_LABELS, "mood")).containsExactly("GRUMPY,HAPPY");
    assertThat(db.column(ENUM_LABELS, "status")).containsExactly("CLOSED,IN_PROGRESS,OPEN");
    assertThat(
            db.column(
                "select count(*) from pg_cast where castsource = 'mood'::regtype or casttarget = 'mood'::regtype"))
        .containsExactly("2");
    assertThat(db.columns("ticket"))
        .contains(
            "mood mood",
            "last_status status",
            "priority character varying(12) not null",
            "status smallint");
    assertThat(db.constraints("ticket", "c"))
        .anyMatch(c -> c.contains("'LOW'") && c.contains("'HIGH'"))
        .anyMatch(c -> c.contains("status >= 0") && c.contains("status <= 2"));
  }

  private static final String ENUM_LABELS =
      "select string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_enum e"
          + " join pg_type t on t.oid = e.enumtypid where t.typname = ?";

  private static void naming(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public"))
        .containsExactly(
            "home_branch",
            "library_member",
            "library_member_favourite_branches",
            "library_member_visited_branches");
    assertThat(db.columns("library_member"))
        .contains("full_name character varying(255)", "member_since date", "home_branch_id bigint");
  }

  private static void quoted(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public")).containsExactly("Group Membership", "user");
    assertThat(db.columns("\"user\""))
        .contains("DisplayName character varying(255)", "order integer");
    assertThat(db.constraints("\"Group Membership\"", "f"))
        .containsExactly("FOREIGN KEY (member_id) REFERENCES \"user\"(id)");
    assertThat(schema.summary().tables()).contains("\"user\"", "\"Group Membership\"");
  }

  private static void globallyQuoted(Catalog db, LoadedSchema schema) {
    // A quoted name is never rewritten by the snake-case strategy, in Spring Boot as here.
    assertThat(schema.ddl()).contains("create table \"LibraryMember\"");
    assertThat(db.tables("public"))
        .contains("LibraryMember", "HomeBranch", "LibraryMember_visitedBranches");
  }

  private static void schemas(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("billing")).containsExactly("invoice");
    assertThat(db.tables("public")).containsExactly("account");
    assertThat(db.constraints("billing.invoice", "f"))
        .containsExactly("FOREIGN KEY (account_id) REFERENCES account(id)");
    assertThat(schema.summary().entity("Invoice").table()).isEqualTo("billing.invoice");
  }

  private static void defaultSchema(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("library")).contains("library_member", "home_branch");
    assertThat(db.tables("public")).isEmpty();
    assertThat(schema.summary().entity("LibraryMember").table())
        .isEqualTo("library.library_member");
  }

  private static void types(Catalog db, LoadedSchema schema) {
    assertThat(db.columns("measurement"))
        .contains(
            "id uuid not null",
            "taken_at timestamp(6) with time zone",
            "reported_at timestamp(6) with time zone",
            "attributes jsonb",
            "notes text",
            "reading numeric(19,6)",
            "signature bytea",
            "samples integer[]");
  }

  private static void typesWithSettings(Catalog db, LoadedSchema schema) {
    assertThat(db.columns("measurement"))
        .contains("id character(36) not null")
        .anyMatch(c -> c.startsWith("reported_at_tz "));
  }

  private static void all(Catalog db, LoadedSchema schema) {
    assertThat(db.tables("public"))
        .contains(
            "customer",
            "payment",
            "vehicle",
            "dog",
            "id_generators",
            "author",
            "ticket",
            "library_member",
            "user",
            "account",
            "measurement");
    assertThat(db.tables("billing")).containsExactly("invoice");
  }
}
