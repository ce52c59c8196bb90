package org.hengqiao.result;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.hengqiao.posting.Amount;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.Editor;
import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.MaturityStage;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ResultImport#importJsonl} fills what the literature does not say. Start from {@link #of(Contact)} and
 * change what differs.
 *
 * @param publish publish the results at once, on the platform's authority (the organisation must be verified);
 * otherwise they are drafts
 * @param regionCode where the results are offered; {@code null} for the organisation's own region
 * @param editor whom the audit log names
 */
public record ImportOptions(boolean publish, Contact contact, ContactVisibility contactVisibility,
		Set<CooperationMode> cooperationModes, Amount price, Maturity maturity, @Nullable String regionCode,
		Editor editor) {

	public ImportOptions {
		Objects.requireNonNull(contact, "contact");
		cooperationModes = Set.copyOf(cooperationModes);
	}

	/**
	 * Drafts offered for transfer, licence or joint development at a negotiable price, at laboratory stage (TRL 3:
	 * published research has proven its concept), contact visible to verified organisations.
	 */
	public static ImportOptions of(Contact contact) {
		return new ImportOptions(false, contact, ContactVisibility.VERIFIED_ORGANISATIONS,
				EnumSet.of(CooperationMode.TRANSFER, CooperationMode.LICENCE, CooperationMode.JOINT_DEVELOPMENT),
				Amount.negotiableAmount(), new Maturity(3, MaturityStage.LABORATORY), null, Editor.PLATFORM);
	}

	public ImportOptions published() {
		return new ImportOptions(true, this.contact, this.contactVisibility, this.cooperationModes, this.price,
				this.maturity, this.regionCode, this.editor);
	}

	public ImportOptions inRegion(String regionCode) {
		return new ImportOptions(this.publish, this.contact, this.contactVisibility, this.cooperationModes, this.price,
				this.maturity, regionCode, this.editor);
	}

	public ImportOptions recordedAs(Editor editor) {
		return new ImportOptions(this.publish, this.contact, this.contactVisibility, this.cooperationModes, this.price,
				this.maturity, this.regionCode, editor);
	}

}
