package org.wangge.kernel.spark.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wangge.kernel.io.report.DistrictResolver;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.rules.Finding;

/**
 * A finding as a row of the findings dataset: the fields of a finding in the JSON report ({@code docs/report.schema.json}),
 * flat, with personal data masked as in every report ({@link PersonalDataMask}).
 */
public final class FindingRows {

    /** The columns, in order. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("constraintId", DataTypes.StringType, false),
        field("citation", DataTypes.StringType, false),
        field("citationZh", DataTypes.StringType, false),
        field("article", DataTypes.IntegerType, false),
        field("paragraph", DataTypes.IntegerType, false),
        field("item", DataTypes.IntegerType, false),
        field("severity", DataTypes.StringType, false),
        field("subjectKind", DataTypes.StringType, false),
        field("subjectId", DataTypes.StringType, false),
        field("asOf", DataTypes.StringType, false),
        field("occurredOn", DataTypes.StringType, true),
        field("messageZh", DataTypes.StringType, true),
        field("messageEn", DataTypes.StringType, true),
        field("evidence", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false),
        field("consequence", DataTypes.StringType, true),
        field("rule", DataTypes.StringType, true),
        field("ruleFile", DataTypes.StringType, true),
        field("basis", DataTypes.StringType, false),
        field("suspected", DataTypes.BooleanType, false),
        field("district", DataTypes.StringType, true),
        field("township", DataTypes.StringType, true),
    });

    private FindingRows() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /** @return the column names, in order */
    public static List<String> columns() {
        return List.of(SCHEMA.fieldNames());
    }

    /**
     * @param f         a finding
     * @param districts resolves its subject's district and township
     * @return its row
     */
    public static Row of(Finding f, DistrictResolver districts) {
        Map<String, String> evidence = new TreeMap<>(PersonalDataMask.maskedEvidence(f));
        return RowFactory.create(
                f.constraintId(),
                f.citation().toString(),
                f.citation().toChinese(),
                f.citation().article(),
                f.citation().paragraph(),
                f.citation().item(),
                f.severity().name(),
                f.subject().kind(),
                PersonalDataMask.maskText(f.subject().id()),
                String.valueOf(f.asOf()),
                f.occurredOn() == null ? null : f.occurredOn().toString(),
                PersonalDataMask.maskText(f.messageZh()),
                PersonalDataMask.maskText(f.messageEn()),
                scala.jdk.javaapi.CollectionConverters.asScala(evidence),
                f.consequence() == null ? null : f.consequence().name(),
                f.rule(),
                f.ruleFile(),
                f.basis().name(),
                f.isSuspected(),
                districts.districtOf(f.subject()).map(d -> d.value()).orElse(null),
                districts.townshipOf(f.subject()).orElse(null));
    }
}
