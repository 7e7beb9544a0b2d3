package dev.cairn.diff.internal.inspect;

/**
 * The catalog queries, one per object kind, each reading all objects of that kind at once. Every
 * query takes the included schema names as its only parameter ({@code text[]}). They run with
 * {@code search_path = pg_catalog}, so every name the {@code pg_get_*} functions print outside
 * {@code pg_catalog} is schema-qualified, whatever the caller's session had.
 */
final class CatalogQueries {
  private CatalogQueries() {}

  /** Skips objects that belong to an extension; {@code %s} are the catalog and the oid column. */
  private static String notInExtension(String catalog, String oid) {
    return " NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '"
        + catalog
        + "'::regclass AND e.objid = "
        + oid
        + " AND e.deptype = 'e')";
  }

  private static String collationName(String collOid) {
    return " (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)"
        + " ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END"
        + " FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace"
        + " WHERE co.oid = "
        + collOid
        + ")";
  }

  /** All user schemas; filtered by name in Java. */
  static final String SCHEMAS =
      """
      SELECT n.nspname, d.description,
             n.nspacl IS NOT NULL
               AND NOT (n.nspname = 'public'
                        AND n.nspacl::text[] <@ ARRAY['pg_database_owner=UC/pg_database_owner',
                                                      '=U/pg_database_owner'])
               AS has_acl
      FROM pg_namespace n
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
      WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
        AND """
          + notInExtension("pg_namespace", "n.oid");

  /** Tables, partitions, views, materialized views and foreign tables. */
  static final String RELATIONS =
      """
      SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence,
             c.relrowsecurity, c.relforcerowsecurity,
             CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
             pn.nspname AS parent_schema, pc.relname AS parent_name,
             CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound,
             CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,
             c.reloptions, c.relacl IS NOT NULL AS has_acl, c.relreplident,
             c.reltablespace <> 0 AS has_tablespace,
             CASE WHEN NOT c.relispartition THEN
               ARRAY(SELECT quote_ident(hn.nspname) || '.' || quote_ident(hc.relname)
                     FROM pg_inherits h
                     JOIN pg_class hc ON hc.oid = h.inhparent
                     JOIN pg_namespace hn ON hn.oid = hc.relnamespace
                     WHERE h.inhrelid = c.oid ORDER BY h.inhseqno) END AS inherits,
             d.description
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
      LEFT JOIN pg_class pc ON pc.oid = i.inhparent
      LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
        AND """
          + notInExtension("pg_class", "c.oid");

  /** Columns of tables, views and composite types, in attribute order. */
  static final String COLUMNS =
      """
      SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
             a.attidentity::text AS identity, a.attgenerated::text AS generated,
             CASE WHEN a.attcollation <> t.typcollation THEN """
          + collationName("a.attcollation")
          + """
              END AS collation,
             a.attacl IS NOT NULL AS has_acl,
             coalesce(a.attstattarget::int, -1) <> -1 AS has_statistics,
             a.attstorage <> t.typstorage AS has_storage,
             a.attcompression::text <> '' AS has_compression,
             a.attoptions IS NOT NULL AS has_options,
             d.description
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_class'::regclass AND d.objoid = a.attrelid AND d.objsubid = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c')
        AND n.nspname = ANY (?)
      ORDER BY a.attrelid, a.attnum
      """;

  /**
   * Table and domain constraints. Constraints a partition inherits from its parent ({@code
   * conparentid}, {@code conislocal}) are implied by the partition and left out.
   */
  static final String CONSTRAINTS =
      """
      SELECT con.conrelid, con.contypid, con.conname, con.contype::text AS contype,
             pg_get_constraintdef(con.oid) AS def,
             ARRAY(SELECT a.attname
                   FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                   ORDER BY k.ord) AS cols,
             fn.nspname AS ref_schema, fc.relname AS ref_name, con.convalidated, d.description
      FROM pg_constraint con
      JOIN pg_namespace n ON n.oid = con.connamespace
      LEFT JOIN pg_class fc ON fc.oid = con.confrelid
      LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_constraint'::regclass AND d.objoid = con.oid AND d.objsubid = 0
      WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND n.nspname = ANY (?)
        AND con.conparentid = 0 AND con.conislocal
      """;

  /**
   * Indexes that back no constraint and are not a partition's copy of a parent index (those are
   * created with the parent's index).
   */
  static final String INDEXES =
      """
      SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid) AS def,
             i.indisunique, i.indisvalid,
             ARRAY(SELECT a.attname
                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS cols,
             ic.reltablespace <> 0 AS has_tablespace,
             d.description
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = ic.relnamespace
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_class'::regclass AND d.objoid = i.indexrelid AND d.objsubid = 0
      WHERE n.nspname = ANY (?)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                        WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid
                          AND k.contype IN ('p', 'u', 'x'))
        AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
      """;

  /** Sequences, with the column owning them ({@code a}: OWNED BY, {@code i}: identity). */
  static final String SEQUENCES =
      """
      SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS type,
             s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
             o.deptype::text AS deptype, tn.nspname AS table_schema, tc.relname AS table_name,
             ta.attname, c.relacl IS NOT NULL AS has_acl, d.description
      FROM pg_sequence s
      JOIN pg_class c ON c.oid = s.seqrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_depend o
        ON o.classid = 'pg_class'::regclass AND o.objid = c.oid
       AND o.refclassid = 'pg_class'::regclass AND o.deptype IN ('a', 'i') AND o.refobjsubid > 0
      LEFT JOIN pg_class tc ON tc.oid = o.refobjid
      LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
      LEFT JOIN pg_attribute ta ON ta.attrelid = o.refobjid AND ta.attnum = o.refobjsubid
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
      WHERE n.nspname = ANY (?) AND """
          + notInExtension("pg_class", "c.oid");

  /**
   * User types other than table row types, array types and multiranges (those come with their
   * table, element type or range).
   */
  static final String TYPES =
      """
      SELECT t.oid, n.nspname, t.typname, t.typtype::text AS typtype,
             CASE WHEN t.typtype = 'e' THEN
               ARRAY(SELECT e.enumlabel FROM pg_enum e
                     WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END AS labels,
             CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base,
             t.typnotnull, pg_get_expr(t.typdefaultbin, 0) AS default_expr,
             CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN """
          + collationName("t.typcollation")
          + """
              END AS collation,
             t.typrelid, t.typacl IS NOT NULL AS has_acl, d.description
      FROM pg_type t
      JOIN pg_namespace n ON n.oid = t.typnamespace
      LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
      LEFT JOIN pg_class rc ON rc.oid = t.typrelid
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
      WHERE n.nspname = ANY (?)
        AND (t.typrelid = 0 OR rc.relkind = 'c')
        AND t.typtype <> 'm'
        AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.typarray = t.oid)
        AND """
          + notInExtension("pg_type", "t.oid");

  /** Functions, procedures, aggregates and window functions. */
  static final String ROUTINES =
      """
      SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) AS args,
             p.prokind::text AS prokind,
             CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) END AS def,
             CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END AS result,
             p.proacl IS NOT NULL AS has_acl, d.description
      FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0
      WHERE n.nspname = ANY (?) AND """
          + notInExtension("pg_proc", "p.oid");

  /** User triggers; a partition's clones of its parent's triggers are left out. */
  static final String TRIGGERS =
      """
      SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid) AS def,
             fn.nspname AS function_schema, f.proname AS function_name,
             t.tgenabled::text AS enabled, d.description
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_proc f ON f.oid = t.tgfoid
      JOIN pg_namespace fn ON fn.oid = f.pronamespace
      LEFT JOIN pg_description d
        ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid AND d.objsubid = 0
      WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY (?)
      """;

  /** Row-level security policies; role 0 is {@code PUBLIC}. */
  static final String POLICIES =
      """
      SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd::text AS polcmd,
             ARRAY(SELECT CASE WHEN pr.oid = 0 THEN 'public' ELSE r.rolname END
                   FROM unnest(p.polroles) pr(oid)
                   LEFT JOIN pg_roles r ON r.oid = pr.oid) AS roles,
             pg_get_expr(p.polqual, p.polrelid) AS using_expr,
             pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
             EXISTS (SELECT 1 FROM pg_description d
                     WHERE d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid) AS has_comment
      FROM pg_policy p
      JOIN pg_class c ON c.oid = p.polrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?)
      """;

  /** Installed extensions (any schema: an extension is database-wide). */
  static final String EXTENSIONS =
      """
      SELECT e.extname, n.nspname, e.extversion
      FROM pg_extension e
      JOIN pg_namespace n ON n.oid = e.extnamespace
      """;

  /** Relations each view's query reads, from the dependencies of its {@code _RETURN} rule. */
  static final String VIEW_DEPENDENCIES =
      """
      SELECT DISTINCT r.ev_class, dn.nspname, dc.relname
      FROM pg_rewrite r
      JOIN pg_class vc ON vc.oid = r.ev_class
      JOIN pg_namespace vn ON vn.oid = vc.relnamespace
      JOIN pg_depend dep
        ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
       AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid <> r.ev_class
      JOIN pg_class dc ON dc.oid = dep.refobjid
      JOIN pg_namespace dn ON dn.oid = dc.relnamespace
      WHERE r.rulename = '_RETURN' AND vn.nspname = ANY (?)
      """;

  /**
   * Objects of kinds the model has no place for. Columns: kind, identity, owning table's schema and
   * name (for exclusion), and whether the object is database-wide rather than in a schema.
   */
  static final String OTHER_OBJECTS =
      """
      WITH params(names) AS (SELECT ?::text[]),
      objects(kind, classid, objid, table_oid, database_wide) AS (
        SELECT 'rule', 'pg_rewrite'::regclass, r.oid, r.ev_class, false
        FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE r.rulename <> '_RETURN' AND n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'operator', 'pg_operator'::regclass, o.oid, 0, false
        FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'operator class', 'pg_opclass'::regclass, o.oid, 0, false
        FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'operator family', 'pg_opfamily'::regclass, o.oid, 0, false
        FROM pg_opfamily o JOIN pg_namespace n ON n.oid = o.opfnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'collation', 'pg_collation'::regclass, o.oid, 0, false
        FROM pg_collation o JOIN pg_namespace n ON n.oid = o.collnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'conversion', 'pg_conversion'::regclass, o.oid, 0, false
        FROM pg_conversion o JOIN pg_namespace n ON n.oid = o.connamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'text search configuration', 'pg_ts_config'::regclass, o.oid, 0, false
        FROM pg_ts_config o JOIN pg_namespace n ON n.oid = o.cfgnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'text search dictionary', 'pg_ts_dict'::regclass, o.oid, 0, false
        FROM pg_ts_dict o JOIN pg_namespace n ON n.oid = o.dictnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'text search parser', 'pg_ts_parser'::regclass, o.oid, 0, false
        FROM pg_ts_parser o JOIN pg_namespace n ON n.oid = o.prsnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'text search template', 'pg_ts_template'::regclass, o.oid, 0, false
        FROM pg_ts_template o JOIN pg_namespace n ON n.oid = o.tmplnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'statistics object', 'pg_statistic_ext'::regclass, o.oid, o.stxrelid, false
        FROM pg_statistic_ext o JOIN pg_namespace n ON n.oid = o.stxnamespace
        WHERE n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'default privileges', 'pg_default_acl'::regclass, o.oid, 0, o.defaclnamespace = 0
        FROM pg_default_acl o LEFT JOIN pg_namespace n ON n.oid = o.defaclnamespace
        WHERE o.defaclnamespace = 0 OR n.nspname IN (SELECT unnest(names) FROM params)
        UNION ALL
        SELECT 'event trigger', 'pg_event_trigger'::regclass, o.oid, 0, true
        FROM pg_event_trigger o
        UNION ALL
        SELECT 'publication', 'pg_publication'::regclass, o.oid, 0, true
        FROM pg_publication o
        UNION ALL
        SELECT 'subscription', 'pg_subscription'::regclass, o.oid, 0, true
        FROM pg_subscription o
        WHERE o.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        UNION ALL
        SELECT 'foreign-data wrapper', 'pg_foreign_data_wrapper'::regclass, o.oid, 0, true
        FROM pg_foreign_data_wrapper o
        UNION ALL
        SELECT 'foreign server', 'pg_foreign_server'::regclass, o.oid, 0, true
        FROM pg_foreign_server o
        UNION ALL
        SELECT 'user mapping', 'pg_user_mapping'::regclass, o.umid, 0, true
        FROM pg_user_mappings o
        UNION ALL
        SELECT 'cast', 'pg_cast'::regclass, o.oid, 0, true
        FROM pg_cast o WHERE o.oid >= 16384
        UNION ALL
        SELECT 'procedural language', 'pg_language'::regclass, o.oid, 0, true
        FROM pg_language o WHERE o.oid >= 16384
        UNION ALL
        SELECT 'transform', 'pg_transform'::regclass, o.oid, 0, true
        FROM pg_transform o WHERE o.oid >= 16384
        UNION ALL
        SELECT 'access method', 'pg_am'::regclass, o.oid, 0, true
        FROM pg_am o WHERE o.oid >= 16384
      )
      SELECT o.kind, (pg_identify_object(o.classid, o.objid, 0)).identity,
             tn.nspname AS table_schema, tc.relname AS table_name, o.database_wide
      FROM objects o
      LEFT JOIN pg_class tc ON tc.oid = o.table_oid
      LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
      WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = o.classid AND e.objid = o.objid AND e.deptype = 'e')
      """;
}
