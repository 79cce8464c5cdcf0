package jp.lg.collection.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The models are documents for people: they must pass bpmnlint with the Camunda 7.24 rules and carry
 * diagram coordinates for every element, or Camunda Modeler cannot show them.
 */
@Tag("lint")
class ModelLintTest {

    static List<Path> models() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void everyModelPassesBpmnlintWithCamunda724Rules() throws Exception {
        if (!new File("node_modules/.bin/bpmnlint").exists()) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        List<String> command = new ArrayList<>(List.of("node_modules/.bin/bpmnlint"));
        models().forEach(p -> command.add(p.toString()));
        Result result = run(command);
        assertThat(result.exitCode).as(result.output).isZero();
    }

    @Test
    void everyElementHasDiagramCoordinates() throws Exception {
        assertThat(models()).isNotEmpty();
        for (Path model : models()) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
            List<String> shaped = instance.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            List<String> edged = instance.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).toList();
            for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
                assertThat(shaped).as("%s: shape of %s", model, node.getId()).contains(node.getId());
            }
            for (TextAnnotation note : instance.getModelElementsByType(TextAnnotation.class)) {
                assertThat(shaped).as("%s: shape of %s", model, note.getId()).contains(note.getId());
            }
            for (BaseElement flow : Stream.concat(instance.getModelElementsByType(SequenceFlow.class).stream(),
                    instance.getModelElementsByType(Association.class).stream()).toList()) {
                assertThat(edged).as("%s: edge of %s", model, flow.getId()).contains(flow.getId());
            }
        }
    }

    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s timed out", command).isTrue();
        return new Result(process.exitValue(), output);
    }
}
