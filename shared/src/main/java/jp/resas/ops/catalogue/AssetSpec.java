package jp.resas.ops.catalogue;

import java.util.List;

/**
 * One deployment asset of the catalogue: a jar cut from the functions module's shaded jar for the functions that
 * name it ({@code "asset"}), keeping the optional {@link PartSpec parts} those functions use and leaving out every
 * other one (the AWS SDK modules they never call, the office libraries of the reports, Flyway...).
 *
 * @param name  the asset's name: its jar is {@code functions/target/assets/NAME.jar}
 * @param parts the optional parts it keeps, by name
 */
public record AssetSpec(String name, List<String> parts) {

    public AssetSpec {
        parts = List.copyOf(parts);
    }

    /** The jar's file name. */
    public String fileName() {
        return name + ".jar";
    }
}
