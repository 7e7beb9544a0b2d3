-- atlas:txmode none

DROP INDEX CONCURRENTLY users_email_key;
