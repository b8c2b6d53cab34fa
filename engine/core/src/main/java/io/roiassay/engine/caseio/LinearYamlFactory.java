package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * A {@link YAMLFactory} whose parsers read through {@link WholeTextStreamReader}, so parsing a case costs
 * time linear in its length whatever its longest scalar. Everything else is Jackson's YAML parser as is.
 */
final class LinearYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    LinearYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
        ParserImpl events = new ParserImpl(new WholeTextStreamReader(text.toString()), options);
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events);
    }

    /** Jackson's YAML parser over a given event source (its constructor for that is protected). */
    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int parserFeatures, int yamlFeatures, ObjectCodec codec, Reader reader,
                ParserImpl events) {
            super(context, parserFeatures, yamlFeatures, codec, reader, events);
        }
    }
}
