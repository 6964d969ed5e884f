package jp.resas.ops.attachment;

/** A file as a client sent it: the name it gave, its content type (null: unknown), the bytes. */
public record Upload(String fileName, String contentType, byte[] content) {
}
