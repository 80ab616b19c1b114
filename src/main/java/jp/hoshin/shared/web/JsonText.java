package jp.hoshin.shared.web;

import jp.hoshin.shared.InputText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API's JSON texts pass the same rules as forms ({@link InputText}): a control character or a text beyond the limit
 * is a 400 problem detail in Japanese (see {@link ErrorHandling}), bidirectional overrides are removed.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    SimpleModule checkedJsonText() {
        SimpleModule module = new SimpleModule("hoshin-input-text");
        module.addDeserializer(String.class, new CheckedString());
        return module;
    }

    static final class CheckedString extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text == null) {
                return null;
            }
            String clean = InputText.withoutBidiOverrides(text);
            String problem = InputText.problem("「" + p.currentName() + "」", clean, InputText.MAX_LENGTH);
            if (problem != null) {
                throw new TextBinding.TextRefused(problem, InputText.withoutForbiddenControls(clean));
            }
            return clean;
        }
    }
}
