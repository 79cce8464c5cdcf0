-- 分納: the interval and the collector's note belong to the pledge; the balance the parts were cut from is
-- installment_plan.total_amount (the case balance on the day of the pledge), against which each part is checked.
ALTER TABLE installment_plan ADD COLUMN interval_months INT NOT NULL DEFAULT 1;
ALTER TABLE installment_plan ADD COLUMN note VARCHAR(1000);

-- 財産調査: what kind of answer came back, and who entered it (the free text stays in property_inquiry.answer).
ALTER TABLE property_inquiry ADD COLUMN answer_kind VARCHAR(20);
ALTER TABLE property_inquiry ADD COLUMN answered_by VARCHAR(64);
CREATE INDEX ix_property_inquiry_case ON property_inquiry (case_id);
CREATE INDEX ix_found_asset_case ON found_asset (case_id);
