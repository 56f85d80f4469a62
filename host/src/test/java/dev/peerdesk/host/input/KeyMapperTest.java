package dev.peerdesk.host.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Browser (code, key) pairs to X keysyms, as the KeyboardEvent spec and keysymdef.h define them. */
class KeyMapperTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "KeyA        | a           | 0x61",
        "KeyA        | A           | 0x41",
        "Digit7      | /           | 0x2f",       // German layout Shift+7: by character
        "KeyQ        | @           | 0x40",       // AltGr+Q on a German layout
        "KeyE        | €           | 0x10020ac",  // non-Latin-1 character: Unicode keysym
        "KeyE        | é           | 0xe9",       // Latin-1 maps to itself
        "Space       | ` `         | 0x20",
        "Enter       | Enter       | 0xff0d",
        "NumpadEnter | Enter       | 0xff8d",
        "Tab         | Tab         | 0xff09",
        "Backspace   | Backspace   | 0xff08",
        "Escape      | Escape      | 0xff1b",
        "Delete      | Delete      | 0xffff",
        "ArrowLeft   | ArrowLeft   | 0xff51",
        "PageDown    | PageDown    | 0xff56",
        "F1          | F1          | 0xffbe",
        "F12         | F12         | 0xffc9",
        "ShiftLeft   | Shift       | 0xffe1",
        "ShiftRight  | Shift       | 0xffe2",
        "ControlLeft | Control     | 0xffe3",
        "AltLeft     | Alt         | 0xffe9",
        "AltRight    | Alt         | 0xffea",
        "AltRight    | AltGraph    | 0xfe03",     // AltGr is ISO_Level3_Shift
        "MetaLeft    | Meta        | 0xffeb",
        "CapsLock    | CapsLock    | 0xffe5",
        "Numpad5     | 5           | 0xffb5",
        "Numpad7     | Home        | 0xff50",     // NumLock off
        "NumpadAdd   | +           | 0x2b",
        "KeyE        | Dead        | 0x65",       // dead key: the US meaning of the key
        "Digit4      | Unidentified| 0x34",
        "Unknown     | Unidentified| 0x0",
        "KeyA        | ``          | 0x61",
        "F99999999999| F99999999999| 0x0",        // from the network: no overflow, no key
        "F36         | F36         | 0x0",
        "Digit٣    | Unidentified| 0x0",        // non-ASCII digit
        "KeyÄ      | Dead        | 0x0",
    })
    void mapsToKeysyms(String code, String key, String keysym) {
        assertEquals(Integer.decode(keysym), KeyMapper.keysym(code, key));
    }

    /** code and key come from the network: any string maps to a keysym or 0, never an exception. */
    @org.junit.jupiter.api.Test
    void arbitraryStringsNeverThrow() {
        java.util.Random rnd = new java.util.Random(12);
        String[] parts = {"F", "Key", "Digit", "Numpad", "Alt", "Right", "9", "\u0663", "\uD83D\uDE00", "", "\u0000"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder code = new StringBuilder();
            StringBuilder key = new StringBuilder();
            for (int j = rnd.nextInt(4); j > 0; j--) {
                code.append(parts[rnd.nextInt(parts.length)]);
                key.append(rnd.nextBoolean() ? parts[rnd.nextInt(parts.length)] : (char) rnd.nextInt(0x3000));
            }
            int k = KeyMapper.keysym(code.toString(), key.toString());
            org.junit.jupiter.api.Assertions.assertTrue(k >= 0 && k <= 0x0110ffff, code + "/" + key);
            RobotKeys.virtualKey(code.toString(), key.toString());
        }
    }
}
