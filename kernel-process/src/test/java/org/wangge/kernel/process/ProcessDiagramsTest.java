package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.process.support.FlowCoverage;

/**
 * The PNG diagrams in {@code docs/processes/} are rendered from the BPMN files and fresh: each records the
 * SHA-256 of the BPMN file it was rendered from in {@code docs/processes/diagrams.sha256}. Re-render with
 * <pre>mvn -o -q -f kernel-process/pom.xml test -Dtest=ProcessDiagramsTest -Dwangge.diagrams.render=true</pre>
 */
class ProcessDiagramsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    static final Path DIR = Path.of("..", "docs", "processes");
    static final Path HASHES = DIR.resolve("diagrams.sha256");
    static final String RENDER = "mvn -o -q -f kernel-process/pom.xml test -Dtest=ProcessDiagramsTest -Dwangge.diagrams.render=true";

    @Test
    void every_process_has_a_fresh_png_diagram() throws IOException {
        if (Boolean.getBoolean("wangge.diagrams.render")) {
            render();
        }
        assertThat(HASHES).as("%s is missing; render the diagrams with: %s", HASHES, RENDER).exists();
        List<String> recorded = Files.readAllLines(HASHES);
        for (String file : WanggeProcesses.BPMN_FILES) {
            Path png = DIR.resolve(png(file));
            assertThat(png).as("%s is missing; render the diagrams with: %s", png, RENDER).exists();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as("%s is not a PNG image", png).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(400);
            assertThat(recorded).as("%s is stale: %s changed since it was rendered; render the diagrams with: %s", png, file, RENDER)
                    .contains(sha256(file) + "  " + png(file));
        }
    }

    static void render() throws IOException {
        Files.createDirectories(DIR);
        List<String> hashes = new ArrayList<>();
        for (String file : WanggeProcesses.BPMN_FILES) {
            BpmnModel model = FlowCoverage.model(file);
            try (InputStream in = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", List.of(), List.of(),
                    "SansSerif", "SansSerif", "SansSerif", ProcessDiagramsTest.class.getClassLoader(), 1.0, true)) {
                Files.write(DIR.resolve(png(file)), in.readAllBytes());
            }
            hashes.add(sha256(file) + "  " + png(file));
        }
        Files.write(HASHES, hashes);
    }

    static String png(String bpmnFile) {
        return bpmnFile.replace(".bpmn20.xml", ".png");
    }

    static String sha256(String bpmnFile) throws IOException {
        try (InputStream in = ProcessDiagramsTest.class.getClassLoader().getResourceAsStream(WanggeProcesses.BPMN_FOLDER + bpmnFile)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
