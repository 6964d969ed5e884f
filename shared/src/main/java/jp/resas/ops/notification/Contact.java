package jp.resas.ops.notification;

/** Someone on the rota. {@code email} is the address their SNS e-mail subscription filters on. */
public record Contact(String name, String email) {
}
