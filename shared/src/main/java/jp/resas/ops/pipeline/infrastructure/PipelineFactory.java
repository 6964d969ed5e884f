package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.municipality.MunicipalityRegister;
import jp.resas.ops.municipality.MunicipalityRegisterLoader;
import jp.resas.ops.pipeline.RawStore;

@Factory
class PipelineFactory {

    @Singleton
    MunicipalityRegister municipalities() {
        return MunicipalityRegisterLoader.shipped();
    }

    @Singleton
    ProcessingSpecs specs() {
        return new ProcessingSpecs();
    }

    /** The appId of the settings; the Lambda platform registers its own, read from Secrets Manager at use. */
    @Singleton
    @Secondary
    EstatAppId settingsEstatAppId(PipelineSettings settings) {
        return () -> Optional.ofNullable(settings.estatAppId()).map(String::strip).filter(id -> !id.isEmpty());
    }

    /** The raw bucket: S3 when {@code resas.pipeline.raw-bucket} is set (see S3RawStore), else a directory. */
    @Singleton
    @Requires(missingProperty = "resas.pipeline.raw-bucket")
    RawStore directoryRawStore(PipelineSettings settings) {
        return new DirectoryRawStore(Path.of(settings.rawDir() == null ? ".resas-ops/objects" : settings.rawDir()));
    }

}
