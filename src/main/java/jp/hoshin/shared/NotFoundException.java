package jp.hoshin.shared;

/** A municipality, year, department or other record that does not exist; shown as a 404 in Japanese. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
