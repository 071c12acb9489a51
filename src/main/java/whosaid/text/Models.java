package whosaid.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English models, read once from the class path (the opennlp-models-*-en jars keep the model file at
 * their root) and never from the network. Models are immutable and shared; each holder loads on first use, so a
 * run that never asks for parts of speech never pays the second it takes to read that model.
 */
final class Models {
    private Models() {
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    private static final class PartsOfSpeech {
        static final POSModel MODEL = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    static POSModel partsOfSpeech() {
        return PartsOfSpeech.MODEL;
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
