package jp.lg.collection.breach;

/**
 * How the affected persons were told (個情法68②, 番号法29の4②). Where notice is difficult, publication is the
 * alternative measure the PPC guidelines accept.
 */
public enum NotificationMethod {
    MAIL("書面の郵送"), PHONE("電話"), EMAIL("電子メール"), VISIT("訪問・面談"), PUBLICATION("公表(通知困難な場合の代替措置)");

    private final String label;

    NotificationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
