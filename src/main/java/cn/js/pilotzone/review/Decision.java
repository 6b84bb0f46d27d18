package cn.js.pilotzone.review;

/** What the city decides on a submitted version. */
public enum Decision {
    RETURN, RECOMMEND, NOT_RECOMMEND
}
