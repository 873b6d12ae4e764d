package org.wangge.kernel.model.conduct;

/** The conduct Art. 13 forbids grid workers, item by item. */
public enum ConductKind {
    /** (1) 泄露国家秘密、商业秘密. */
    SECRET_LEAK(1),
    /** (2) 非法收集、使用、加工、传输、买卖、提供或者公开他人个人信息. */
    PERSONAL_INFORMATION_MISUSE(2),
    /** (3) 利用工作之便谋取私利. */
    PRIVATE_GAIN(3),
    /** (4) 弄虚作假、推诿塞责. */
    FALSIFICATION_OR_SHIRKING(4),
    /** (5) 态度蛮横、行为粗暴或者故意刁难服务对象. */
    ROUGH_CONDUCT_OR_OBSTRUCTION(5),
    /** (6) 其他违法违规行为. */
    OTHER_ILLEGAL(6);

    private final int item;

    ConductKind(int item) {
        this.item = item;
    }

    /** @return the item number in Art. 13 */
    public int item() {
        return item;
    }

    /**
     * @param item an item number of Art. 13 (1 to 6)
     * @return the conduct that item forbids
     * @throws IllegalArgumentException for another number
     */
    public static ConductKind ofItem(int item) {
        for (ConductKind k : values()) {
            if (k.item == item) {
                return k;
            }
        }
        throw new IllegalArgumentException("Art. 13 has items 1 to 6, not " + item);
    }
}
