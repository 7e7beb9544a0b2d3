SELECT 4; -- atlas:sum ignore
