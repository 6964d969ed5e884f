package jp.resas.ops.local.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.resas.ops.municipality.CheckDigit;
import jp.resas.ops.municipality.LocalGovernmentCode;
import jp.resas.ops.municipality.MunicipalityRegister;

/**
 * Writes a Windows-31J CSV of the establishments shape (municipality × industry: 6-digit code, name,
 * industry code and name, establishments, employees) with unique keys, about one cell in 200 suppressed.
 */
final class BenchmarkFile {

    private static final Charset SJIS = Charset.forName("windows-31j");

    private BenchmarkFile() {
    }

    static void write(Path file, long rows, MunicipalityRegister register, List<String> codes) throws IOException {
        byte[][] prefixes = new byte[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            LocalGovernmentCode code = new LocalGovernmentCode(codes.get(i));
            String name = register.find(code).map(m -> m.name()).orElse("市町村");
            prefixes[i] = (code.fiveDigits() + CheckDigit.of(code.fiveDigits()) + "," + name.replace(",", " ") + ",").getBytes(SJIS);
        }
        byte[] industryName = ",製造業（ベンチマーク）,".getBytes(SJIS);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("市区町村コード,市区町村名,産業大分類コード,産業大分類名,事業所数,従業者数\r\n".getBytes(SJIS));
            StringBuilder tail = new StringBuilder(64);
            for (long row = 0; row < rows; row++) {
                int area = (int) (row % codes.size());
                long industry = row / codes.size();
                out.write(prefixes[area]);
                tail.setLength(0);
                tail.append('I').append(industry);
                out.write(tail.toString().getBytes(SJIS));
                out.write(industryName);
                tail.setLength(0);
                long establishments = (row * 7919) % 5000;
                tail.append(row % 200 == 0 ? "x" : String.valueOf(establishments)).append(',')
                        .append(row % 211 == 0 ? "-" : String.valueOf(establishments * 9 + 3)).append("\r\n");
                out.write(tail.toString().getBytes(SJIS));
            }
        }
    }
}
