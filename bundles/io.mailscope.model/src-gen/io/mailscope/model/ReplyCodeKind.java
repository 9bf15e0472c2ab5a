/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Reply Code Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getReplyCodeKind()
 * @model
 * @generated
 */
public enum ReplyCodeKind implements Enumerator {
	/**
	 * The '<em><b>ENHANCED STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENHANCED_STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	ENHANCED_STATUS(0, "ENHANCED_STATUS", "enhanced-status"),

	/**
	 * The '<em><b>BASIC STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC_STATUS(1, "BASIC_STATUS", "basic-status"),

	/**
	 * The '<em><b>RESPONSE CODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSE_CODE_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSE_CODE(2, "RESPONSE_CODE", "response-code");

	/**
	 * The '<em><b>ENHANCED STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENHANCED_STATUS
	 * @model literal="enhanced-status"
	 * @generated
	 * @ordered
	 */
	public static final int ENHANCED_STATUS_VALUE = 0;

	/**
	 * The '<em><b>BASIC STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASIC_STATUS
	 * @model literal="basic-status"
	 * @generated
	 * @ordered
	 */
	public static final int BASIC_STATUS_VALUE = 1;

	/**
	 * The '<em><b>RESPONSE CODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSE_CODE
	 * @model literal="response-code"
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSE_CODE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Reply Code Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReplyCodeKind[] VALUES_ARRAY =
		new ReplyCodeKind[] {
			ENHANCED_STATUS,
			BASIC_STATUS,
			RESPONSE_CODE,
		};

	/**
	 * A public read-only list of all the '<em><b>Reply Code Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReplyCodeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reply Code Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyCodeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReplyCodeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reply Code Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyCodeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReplyCodeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reply Code Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyCodeKind get(int value) {
		switch (value) {
			case ENHANCED_STATUS_VALUE: return ENHANCED_STATUS;
			case BASIC_STATUS_VALUE: return BASIC_STATUS;
			case RESPONSE_CODE_VALUE: return RESPONSE_CODE;
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
	private ReplyCodeKind(int value, String name, String literal) {
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
	
} //ReplyCodeKind
