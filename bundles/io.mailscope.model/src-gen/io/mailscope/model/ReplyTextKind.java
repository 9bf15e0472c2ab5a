/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Reply Text Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getReplyTextKind()
 * @model
 * @generated
 */
public enum ReplyTextKind implements Enumerator {
	/**
	 * The '<em><b>SERVER REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_REPLY(0, "SERVER_REPLY", "server-reply"),

	/**
	 * The '<em><b>ERROR TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERROR_TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	ERROR_TEXT(1, "ERROR_TEXT", "error-text"),

	/**
	 * The '<em><b>BANNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BANNER_VALUE
	 * @generated
	 * @ordered
	 */
	BANNER(2, "BANNER", "banner"),

	/**
	 * The '<em><b>CERTIFICATE ISSUER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFICATE_ISSUER_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATE_ISSUER(3, "CERTIFICATE_ISSUER", "certificate-issuer"),

	/**
	 * The '<em><b>BLOCKED PORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCKED_PORT_VALUE
	 * @generated
	 * @ordered
	 */
	BLOCKED_PORT(4, "BLOCKED_PORT", "blocked-port"),

	/**
	 * The '<em><b>PROVIDER AUTHENTICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER_AUTHENTICATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_AUTHENTICATION(5, "PROVIDER_AUTHENTICATION", "provider-authentication"),

	/**
	 * The '<em><b>OAUTH ERROR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OAUTH_ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	OAUTH_ERROR(6, "OAUTH_ERROR", "oauth-error");

	/**
	 * The '<em><b>SERVER REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_REPLY
	 * @model literal="server-reply"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_REPLY_VALUE = 0;

	/**
	 * The '<em><b>ERROR TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERROR_TEXT
	 * @model literal="error-text"
	 * @generated
	 * @ordered
	 */
	public static final int ERROR_TEXT_VALUE = 1;

	/**
	 * The '<em><b>BANNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BANNER
	 * @model literal="banner"
	 * @generated
	 * @ordered
	 */
	public static final int BANNER_VALUE = 2;

	/**
	 * The '<em><b>CERTIFICATE ISSUER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFICATE_ISSUER
	 * @model literal="certificate-issuer"
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATE_ISSUER_VALUE = 3;

	/**
	 * The '<em><b>BLOCKED PORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOCKED_PORT
	 * @model literal="blocked-port"
	 * @generated
	 * @ordered
	 */
	public static final int BLOCKED_PORT_VALUE = 4;

	/**
	 * The '<em><b>PROVIDER AUTHENTICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER_AUTHENTICATION
	 * @model literal="provider-authentication"
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_AUTHENTICATION_VALUE = 5;

	/**
	 * The '<em><b>OAUTH ERROR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OAUTH_ERROR
	 * @model literal="oauth-error"
	 * @generated
	 * @ordered
	 */
	public static final int OAUTH_ERROR_VALUE = 6;

	/**
	 * An array of all the '<em><b>Reply Text Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReplyTextKind[] VALUES_ARRAY =
		new ReplyTextKind[] {
			SERVER_REPLY,
			ERROR_TEXT,
			BANNER,
			CERTIFICATE_ISSUER,
			BLOCKED_PORT,
			PROVIDER_AUTHENTICATION,
			OAUTH_ERROR,
		};

	/**
	 * A public read-only list of all the '<em><b>Reply Text Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReplyTextKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reply Text Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyTextKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReplyTextKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reply Text Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyTextKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReplyTextKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reply Text Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReplyTextKind get(int value) {
		switch (value) {
			case SERVER_REPLY_VALUE: return SERVER_REPLY;
			case ERROR_TEXT_VALUE: return ERROR_TEXT;
			case BANNER_VALUE: return BANNER;
			case CERTIFICATE_ISSUER_VALUE: return CERTIFICATE_ISSUER;
			case BLOCKED_PORT_VALUE: return BLOCKED_PORT;
			case PROVIDER_AUTHENTICATION_VALUE: return PROVIDER_AUTHENTICATION;
			case OAUTH_ERROR_VALUE: return OAUTH_ERROR;
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
	private ReplyTextKind(int value, String name, String literal) {
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
	
} //ReplyTextKind
