/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Repair Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getRepairKind()
 * @model
 * @generated
 */
public enum RepairKind implements Enumerator {
	/**
	 * The '<em><b>JOINED WRAPPED LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINED_WRAPPED_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	JOINED_WRAPPED_LINE(0, "JOINED_WRAPPED_LINE", "joined-wrapped-line"),

	/**
	 * The '<em><b>SEPARATED INTERLEAVED ENTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATED_INTERLEAVED_ENTRY_VALUE
	 * @generated
	 * @ordered
	 */
	SEPARATED_INTERLEAVED_ENTRY(1, "SEPARATED_INTERLEAVED_ENTRY", "separated-interleaved-entry"),

	/**
	 * The '<em><b>PAIRED DISTANT REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAIRED_DISTANT_REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	PAIRED_DISTANT_REPLY(2, "PAIRED_DISTANT_REPLY", "paired-distant-reply"),

	/**
	 * The '<em><b>MASKED SECRET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_SECRET_VALUE
	 * @generated
	 * @ordered
	 */
	MASKED_SECRET(3, "MASKED_SECRET", "masked-secret"),

	/**
	 * The '<em><b>REPLACED INVALID BYTES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLACED_INVALID_BYTES_VALUE
	 * @generated
	 * @ordered
	 */
	REPLACED_INVALID_BYTES(4, "REPLACED_INVALID_BYTES", "replaced-invalid-bytes"),

	/**
	 * The '<em><b>TRUNCATED LONG LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUNCATED_LONG_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	TRUNCATED_LONG_LINE(5, "TRUNCATED_LONG_LINE", "truncated-long-line");

	/**
	 * The '<em><b>JOINED WRAPPED LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOINED_WRAPPED_LINE
	 * @model literal="joined-wrapped-line"
	 * @generated
	 * @ordered
	 */
	public static final int JOINED_WRAPPED_LINE_VALUE = 0;

	/**
	 * The '<em><b>SEPARATED INTERLEAVED ENTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATED_INTERLEAVED_ENTRY
	 * @model literal="separated-interleaved-entry"
	 * @generated
	 * @ordered
	 */
	public static final int SEPARATED_INTERLEAVED_ENTRY_VALUE = 1;

	/**
	 * The '<em><b>PAIRED DISTANT REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAIRED_DISTANT_REPLY
	 * @model literal="paired-distant-reply"
	 * @generated
	 * @ordered
	 */
	public static final int PAIRED_DISTANT_REPLY_VALUE = 2;

	/**
	 * The '<em><b>MASKED SECRET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_SECRET
	 * @model literal="masked-secret"
	 * @generated
	 * @ordered
	 */
	public static final int MASKED_SECRET_VALUE = 3;

	/**
	 * The '<em><b>REPLACED INVALID BYTES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLACED_INVALID_BYTES
	 * @model literal="replaced-invalid-bytes"
	 * @generated
	 * @ordered
	 */
	public static final int REPLACED_INVALID_BYTES_VALUE = 4;

	/**
	 * The '<em><b>TRUNCATED LONG LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUNCATED_LONG_LINE
	 * @model literal="truncated-long-line"
	 * @generated
	 * @ordered
	 */
	public static final int TRUNCATED_LONG_LINE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Repair Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RepairKind[] VALUES_ARRAY =
		new RepairKind[] {
			JOINED_WRAPPED_LINE,
			SEPARATED_INTERLEAVED_ENTRY,
			PAIRED_DISTANT_REPLY,
			MASKED_SECRET,
			REPLACED_INVALID_BYTES,
			TRUNCATED_LONG_LINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Repair Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RepairKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Repair Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RepairKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RepairKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Repair Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RepairKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RepairKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Repair Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RepairKind get(int value) {
		switch (value) {
			case JOINED_WRAPPED_LINE_VALUE: return JOINED_WRAPPED_LINE;
			case SEPARATED_INTERLEAVED_ENTRY_VALUE: return SEPARATED_INTERLEAVED_ENTRY;
			case PAIRED_DISTANT_REPLY_VALUE: return PAIRED_DISTANT_REPLY;
			case MASKED_SECRET_VALUE: return MASKED_SECRET;
			case REPLACED_INVALID_BYTES_VALUE: return REPLACED_INVALID_BYTES;
			case TRUNCATED_LONG_LINE_VALUE: return TRUNCATED_LONG_LINE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RepairKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RepairKind
