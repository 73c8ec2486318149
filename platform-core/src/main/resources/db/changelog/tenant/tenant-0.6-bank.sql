--liquibase formatted sql

--changeset cuocthi:tenant-0.6-bank-usage
-- the console's question bank shows how many exams drew each question: one index lookup per listed question
-- instead of a scan of every draw
create index attempt_question_question on attempt_question (question_id);
