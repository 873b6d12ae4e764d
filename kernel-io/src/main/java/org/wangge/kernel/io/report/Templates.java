package org.wangge.kernel.io.report;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/** The FreeMarker set-up every page of this package renders with: templates beside the classes, strict, no API access. */
final class Templates {

    private Templates() {
    }

    static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(Templates.class, "/org/wangge/kernel/io/report/");
        c.setDefaultEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false); // a template cannot reach Java beyond the model it is given
        c.setNumberFormat("computer");
        return c;
    }
}
