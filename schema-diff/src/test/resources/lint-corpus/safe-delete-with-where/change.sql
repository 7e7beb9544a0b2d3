DELETE FROM orders WHERE status = 'draft';
