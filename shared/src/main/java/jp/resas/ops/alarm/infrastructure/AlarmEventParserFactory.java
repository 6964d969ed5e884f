package jp.resas.ops.alarm.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.resas.ops.alarm.event.AlarmEventParser;

@Factory
class AlarmEventParserFactory {

    @Singleton
    AlarmEventParser alarmEventParser(ObjectMapper json) {
        return new AlarmEventParser(json);
    }
}
