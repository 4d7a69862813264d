package dev.ophamin.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two key orders on the cases where code points and UTF-16 units disagree. */
class KeyOrderTest {
    @Test
    void codePointOrderIsPythonsOrder() {
        // Python: sorted(["\ue000", "\U0001f680", "\ud800", "\uffff", "a", "\ud83d\ue000", "\ud83d\ude00"])
        List<String> keys = new ArrayList<>(List.of("\ue000", "\ud83d\ude80", "\ud800", "\uffff", "a",
                "\ud83d\ue000", "\ud83d\ude00"));
        keys.sort(KeyOrder.CODE_POINT);
        assertEquals(List.of("a", "\ud800", "\ud83d\ue000", "\ue000", "\uffff", "\ud83d\ude00", "\ud83d\ude80"), keys);
    }

    @Test
    void equalLoneSurrogatesAreSkippedToTheNextCodePoint() {
        // [U+D800, U+10400] against [U+D800, U+10000]: Python puts the second first
        List<String> keys = new ArrayList<>(List.of("\ud800\ud801\udc00", "\ud800\ud800\udc00", "\ud800", "\ud800\ud800"));
        keys.sort(KeyOrder.CODE_POINT);
        assertEquals(List.of("\ud800", "\ud800\ud800", "\ud800\ud800\udc00", "\ud800\ud801\udc00"), keys);
    }

    @Test
    void utf16OrderPutsAstralBeforeHighBmp() {
        List<String> keys = new ArrayList<>(List.of("\uffff", "\ud83d\ude80", "\ue000", "a"));
        keys.sort(KeyOrder.UTF16);
        assertEquals(List.of("a", "\ud83d\ude80", "\ue000", "\uffff"), keys);
    }
}
