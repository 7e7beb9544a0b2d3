package dev.cairn.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.loader.internal.StatementNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate's order of statements that follow binding order (and so class discovery order) is
 * normalised; its phase order is kept.
 */
class StatementNormalizerTest {
  private static final List<String> ONE_ORDER =
      List.of(
          "create type Status as enum ('A','B')",
          "create cast (varchar as Status) with inout as implicit",
          "create cast (Status as varchar) with inout as implicit",
          "create type Mood as enum ('X')",
          "create cast (varchar as Mood) with inout as implicit",
          "create cast (Mood as varchar) with inout as implicit",
          "create sequence b_seq start with 1 increment by 50",
          "create sequence a_seq start with 1 increment by 50",
          "create table gen (name varchar(255) not null, next_val bigint, primary key (name))",
          "insert into gen(name, next_val) values ('zeta',0)",
          "insert into gen(name, next_val) values ('alpha',0)",
          "create table t (id bigint not null, c varchar(255), primary key (id))",
          "create index t_z_idx on t (c)",
          "alter table if exists t add constraint t_a_uk unique (c)",
          "create index t_a_idx on t (c)",
          "alter table if exists t add constraint FKzzz foreign key (id) references gen",
          "alter table if exists t add constraint FKaaa foreign key (id) references gen");

  private static final List<String> OTHER_ORDER =
      List.of(
          "create type Mood as enum ('X')",
          "create cast (varchar as Mood) with inout as implicit",
          "create cast (Mood as varchar) with inout as implicit",
          "create type Status as enum ('A','B')",
          "create cast (varchar as Status) with inout as implicit",
          "create cast (Status as varchar) with inout as implicit",
          "create sequence a_seq start with 1 increment by 50",
          "create sequence b_seq start with 1 increment by 50",
          "create table gen (name varchar(255) not null, next_val bigint, primary key (name))",
          "insert into gen(name, next_val) values ('alpha',0)",
          "insert into gen(name, next_val) values ('zeta',0)",
          "create table t (id bigint not null, c varchar(255), primary key (id))",
          "create index t_a_idx on t (c)",
          "create index t_z_idx on t (c)",
          "alter table if exists t add constraint t_a_uk unique (c)",
          "alter table if exists t add constraint FKaaa foreign key (id) references gen",
          "alter table if exists t add constraint FKzzz foreign key (id) references gen");

  @Test
  void bindingOrderDoesNotShow() {
    assertThat(StatementNormalizer.normalise(ONE_ORDER))
        .isEqualTo(StatementNormalizer.normalise(OTHER_ORDER));
  }

  @Test
  void phasesStayInHibernatesOrder() {
    List<String> out = StatementNormalizer.normalise(ONE_ORDER);

    assertThat(out.get(0)).isEqualTo("create type Mood as enum ('X')");
    assertThat(out.get(1)).isEqualTo("create cast (varchar as Mood) with inout as implicit");
    assertThat(out.get(3)).isEqualTo("create type Status as enum ('A','B')");
    assertThat(out.indexOf("create sequence a_seq start with 1 increment by 50")).isEqualTo(6);
    assertThat(out.get(9)).isEqualTo("insert into gen(name, next_val) values ('alpha',0)");
    assertThat(out.indexOf("create table t (id bigint not null, c varchar(255), primary key (id))"))
        .isEqualTo(11);
    // unique keys and indexes before every foreign key, which may reference them
    assertThat(out.subList(12, 15)).allMatch(s -> !s.contains("foreign key"));
    assertThat(out.subList(15, 17))
        .containsExactly(
            "alter table if exists t add constraint FKaaa foreign key (id) references gen",
            "alter table if exists t add constraint FKzzz foreign key (id) references gen");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "comment on column t.c is 'the provider's ref'|comment on column t.c is 'the provider''s ref'",
        "comment on table t is 'plain'|comment on table t is 'plain'",
        "comment on table t is 'already ''doubled'''|comment on table t is 'already ''doubled'''",
        "create schema billing|create schema if not exists billing",
        "create schema if not exists billing|create schema if not exists billing"
      })
  void rewritesWhatPostgresqlWouldReject(String hibernate, String expected) {
    assertThat(StatementNormalizer.normalise(List.of(hibernate))).containsExactly(expected);
  }
}
