package org.cadre.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

class SlipSheetTest {

    static final Function<String, String> VOTE_URL = code -> "https://cadre.example.org/vote?code=" + code;

    final SlipSheet sheet = new SlipSheet(ResultSheetTest.messages());

    @Test
    void eight_slips_fit_on_a_page_and_each_shows_its_code_voter_and_group() throws Exception {
        List<VotingSlips.Slip> slips = slips(9);
        byte[] pdf = pdf(slips, Locale.SIMPLIFIED_CHINESE, "slips-zh_CN.pdf");

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String text = text(reader);
        for (VotingSlips.Slip slip : slips) {
            assertThat(text).contains(slip.code(), flat(slip.voterName()));
        }
        assertThat(text).contains(flat("2026 年度中层干部民主测评"), "职工代表", "投票码",
                flat("请用手机扫描二维码，或打开 https://cadre.example.org/vote 并输入投票码。投票码只能使用一次。"));
        reader.close();

        assertThat(new PdfReader(pdf(slips(8), Locale.ENGLISH, "slips-en.pdf")).getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfReader(pdf(slips(16), Locale.ENGLISH, "slips-16.pdf")).getNumberOfPages()).isEqualTo(2);
    }

    @Test
    void the_english_slip_tells_the_voter_how_to_vote() throws Exception {
        PdfReader reader = new PdfReader(pdf(slips(3), Locale.ENGLISH, "slips-en-3.pdf"));
        assertThat(text(reader)).contains(flat("Scan with your phone or open https://cadre.example.org/vote and type "
                + "the code. The code works once."), "Votingcode");
        reader.close();
    }

    @Test
    void the_printed_address_is_the_voting_address_without_the_code() {
        assertThat(SlipSheet.entryUrl("https://cadre.example.org/vote?code=7KQM-3XH9-PA2D", "7KQM-3XH9-PA2D"))
                .isEqualTo("https://cadre.example.org/vote");
        assertThat(SlipSheet.entryUrl("https://cadre.example.org/v/7KQM3XH9PA2D", "7KQM-3XH9-PA2D"))
                .isEqualTo("https://cadre.example.org/v");
        assertThat(SlipSheet.entryUrl("https://cadre.example.org/vote", "7KQM-3XH9-PA2D"))
                .isEqualTo("https://cadre.example.org/vote");
    }

    @Test
    void a_qr_data_uri_is_a_png_that_decodes_back_to_the_url() throws Exception {
        String url = VOTE_URL.apply("7KQM-3XH9-PA2D");
        String uri = SlipSheet.qrPngDataUri(url, 240);

        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(240);
        // zxing core reads the pixels itself (the javase module with its BufferedImage source is not needed)
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }

    private byte[] pdf(List<VotingSlips.Slip> slips, Locale locale, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.pdf("2026 年度中层干部民主测评", slips, VOTE_URL, locale, out);
        Path file = Path.of("target/result-sheets", name);
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return out.toByteArray();
    }

    private static String text(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return flat(text.toString());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<VotingSlips.Slip> slips(int count) {
        String[] names = {"周一", "吴二", "张三", "李四", "王五", "赵六", "钱七", "孙八", "郑九"};
        List<VotingSlips.Slip> slips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "7KQM-3XH9-" + VotingCodes.ALPHABET.charAt(i % 32) + VotingCodes.ALPHABET.charAt(i / 32)
                    + "PA";
            slips.add(new VotingSlips.Slip(i + 1, i < 2 ? "领导班子" : "职工代表", 500 + i, "E" + i,
                    names[i % names.length] + (i < names.length ? "" : String.valueOf(i)), code, false));
        }
        return slips;
    }
}
