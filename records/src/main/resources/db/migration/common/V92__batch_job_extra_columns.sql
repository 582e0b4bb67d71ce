-- The extra columns a batch screening upload declared (extraColumns), names separated by commas, as declared; null
-- when none. The runner reads the stored input with them (any other unknown column was refused at upload), and the
-- results carry their values through to the output, so a job resumed on another node reads its input the same way.
ALTER TABLE batch_job ADD COLUMN extra_columns TEXT;
