package vn.cuocthi.platformcore.question;

public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
