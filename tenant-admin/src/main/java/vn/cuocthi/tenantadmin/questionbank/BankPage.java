package vn.cuocthi.tenantadmin.questionbank;

import java.util.List;

import vn.cuocthi.platformcore.question.Question;

/**
 * One page of the question bank as the console lists it.
 *
 * @param total how many active questions match the search in all
 * @param page  0-based
 */
public record BankPage(List<Entry> entries, int total, int page, int size) {

    /** A question and how many exams drew it. */
    public record Entry(Question question, int drawn) {
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** 1-based number of the first question shown, 0 on an empty page. */
    public int from() {
        return entries.isEmpty() ? 0 : page * size + 1;
    }

    public int to() {
        return page * size + entries.size();
    }
}
