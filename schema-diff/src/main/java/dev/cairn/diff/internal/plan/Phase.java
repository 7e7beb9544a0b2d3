package dev.cairn.diff.internal.plan;

/**
 * The preferred position of a statement when dependencies leave a choice: renames first (every
 * other statement names objects by their new names), contract what must go, create what others
 * need, change tables, add what depends on them, then drop the rest. Explicit dependencies between
 * statements always win over this order.
 */
enum Phase {
  ENUM_VALUE,
  RENAME,
  DROP_TRIGGER,
  DROP_POLICY,
  DROP_VIEW,
  DROP_FOREIGN_KEY,
  DROP_CONSTRAINT,
  DROP_INDEX,
  DROP_REPLACED,
  CREATE_SCHEMA,
  CREATE_EXTENSION,
  CREATE_TYPE,
  ALTER_TYPE,
  CREATE_SEQUENCE,
  ALTER_SEQUENCE,
  CREATE_ROUTINE,
  DROP_IDENTITY,
  DROP_DEFAULT,
  DROP_NOT_NULL,
  DROP_EXPRESSION,
  DROP_COLUMN,
  CREATE_TABLE,
  ADD_COLUMN,
  ALTER_COLUMN_TYPE,
  SET_NOT_NULL,
  SET_DEFAULT,
  ADD_IDENTITY,
  ALTER_TABLE,
  SEQUENCE_OWNER,
  ADD_CONSTRAINT,
  CREATE_INDEX,
  ADD_FOREIGN_KEY,
  CREATE_VIEW,
  CREATE_TRIGGER,
  ALTER_TRIGGER,
  ROW_SECURITY,
  CREATE_POLICY,
  ALTER_POLICY,
  COMMENT,
  VALIDATE,
  DROP_TABLE,
  DROP_SEQUENCE,
  DROP_ROUTINE,
  DROP_TYPE,
  DROP_SCHEMA,
  DROP_EXTENSION
}
