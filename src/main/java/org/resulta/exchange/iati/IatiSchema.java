package org.resulta.exchange.iati;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The official IATI 2.03 activity schema (src/main/resources/iati-schema, see its README), compiled once from the
 * classpath. Schema compilation and validation may read no external DTD or schema: the only documents they load
 * are the three local files, which a resource resolver serves from the classpath.
 */
final class IatiSchema {

    private static final String FOLDER = "/iati-schema/";
    private static final String MAIN = "iati-activities-schema.xsd";
    private static final Set<String> INCLUDED = Set.of("iati-common.xsd", "xml.xsd");
    private static final int MAX_ERRORS = 20;

    private static volatile Schema schema;

    /** The schema's errors for this document, each with its line; empty when it is valid IATI 2.03. */
    List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a document invalid
                }

                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < MAX_ERRORS) {
                        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    throw e;
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            errors.add("the document could not be read: " + e.getMessage());
        }
        return errors;
    }

    private static Schema schema() throws SAXException {
        Schema s = schema;
        if (s == null) {
            synchronized (IatiSchema.class) {
                s = schema;
                if (s == null) {
                    s = compile();
                    schema = s;
                }
            }
        }
        return s;
    }

    private static Schema compile() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!INCLUDED.contains(name)) {
                return null;
            }
            return new ClasspathInput(publicId, FOLDER + name, baseUri);
        });
        URL main = IatiSchema.class.getResource(FOLDER + MAIN);
        if (main == null) {
            throw new IllegalStateException("The IATI schema " + FOLDER + MAIN + " is missing from the classpath");
        }
        try (InputStream in = main.openStream()) {
            StreamSource source = new StreamSource(in, main.toExternalForm());
            return factory.newSchema(source);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the IATI schema: " + e.getMessage(), e);
        }
    }

    /** One of the schema's own files, served from the classpath. */
    private static final class ClasspathInput implements LSInput {

        private final String publicId;
        private final String resource;
        private final String baseUri;

        ClasspathInput(String publicId, String resource, String baseUri) {
            this.publicId = publicId;
            this.resource = resource;
            this.baseUri = baseUri;
        }

        @Override
        public InputStream getByteStream() {
            return IatiSchema.class.getResourceAsStream(resource);
        }

        @Override
        public String getSystemId() {
            URL url = IatiSchema.class.getResource(resource);
            return url == null ? resource : url.toExternalForm();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setBaseURI(String baseURI) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
