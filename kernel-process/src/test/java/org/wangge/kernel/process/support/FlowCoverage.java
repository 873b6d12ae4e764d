package org.wangge.kernel.process.support;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.event.FlowableSequenceFlowTakenEvent;
import org.wangge.kernel.process.WanggeProcesses;

/**
 * Records every sequence flow any test takes, on any engine of the test run, and compares them with
 * the flows of the BPMN files.
 */
public final class FlowCoverage {

    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    /** The listener tests attach to every engine they start. */
    public static final FlowableEventListener LISTENER = new FlowableEventListener() {
        @Override
        public void onEvent(FlowableEvent event) {
            if (event instanceof FlowableSequenceFlowTakenEvent taken) {
                String definition = taken.getProcessDefinitionId();
                String key = definition == null ? "?" : definition.substring(0, definition.indexOf(':'));
                TAKEN.add(key + "/" + taken.getId());
            }
        }

        @Override
        public boolean isFailOnException() {
            return false;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    };

    private FlowCoverage() {
    }

    /** @param processes an engine to record */
    public static void attach(WanggeProcesses processes) {
        processes.processEngine().getRuntimeService().addEventListener(LISTENER, FlowableEngineEventType.SEQUENCEFLOW_TAKEN);
    }

    /** @return the flows taken so far, as {@code processKey/flowId} */
    public static Set<String> taken() {
        return new TreeSet<>(TAKEN);
    }

    /** @return every sequence flow of every BPMN file, as {@code processKey/flowId}, by file */
    public static Map<String, Set<String>> all() {
        Map<String, Set<String>> all = new TreeMap<>();
        for (String file : WanggeProcesses.BPMN_FILES) {
            Set<String> flows = new TreeSet<>();
            for (Process p : model(file).getProcesses()) {
                for (SequenceFlow f : p.findFlowElementsOfType(SequenceFlow.class)) {
                    flows.add(p.getId() + "/" + f.getId());
                }
            }
            all.put(file, flows);
        }
        return all;
    }

    /**
     * @param file a BPMN file of {@link WanggeProcesses#BPMN_FILES}
     * @return its model
     */
    public static BpmnModel model(String file) {
        try (InputStream in = FlowCoverage.class.getClassLoader().getResourceAsStream(WanggeProcesses.BPMN_FOLDER + file)) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
