package cn.js.pilotzone.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void sm3OfAbcIsTheTestVectorOfGbt32905() {
        assertThat(digest("abc").sm3()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sha256OfAbcIsTheTestVectorOfFips180() {
        assertThat(digest("abc").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestsFedInPiecesEqualDigestsOfTheWhole() {
        byte[] bytes = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII);
        Digests pieces = new Digests();
        pieces.update(bytes, 0, 5);
        pieces.update(bytes, 5, bytes.length - 5);

        assertThat(pieces.finish()).isEqualTo(digest(new String(bytes, StandardCharsets.US_ASCII)));
    }

    private static Digests.Result digest(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        Digests digests = new Digests();
        digests.update(bytes, 0, bytes.length);
        return digests.finish();
    }
}
