-- What a report answers, set when it opens: for a rectification report, the shortcomings the order
-- lists. The park reads it while filling the report, and it is printed with every version.
ALTER TABLE application ADD COLUMN brief VARCHAR(4000);
