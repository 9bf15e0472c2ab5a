/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Family</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getFamily()
 * @model
 * @generated
 */
public enum Family implements Enumerator {
	/**
	 * The '<em><b>GENERAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL(0, "GENERAL", "general"),

	/**
	 * The '<em><b>CONNECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTION(1, "CONNECTION", "connection"),

	/**
	 * The '<em><b>SMTP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTP_VALUE
	 * @generated
	 * @ordered
	 */
	SMTP(2, "SMTP", "SMTP"),

	/**
	 * The '<em><b>POP3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POP3_VALUE
	 * @generated
	 * @ordered
	 */
	POP3(3, "POP3", "POP3"),

	/**
	 * The '<em><b>IMAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAP_VALUE
	 * @generated
	 * @ordered
	 */
	IMAP(4, "IMAP", "IMAP"),

	/**
	 * The '<em><b>NNTP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NNTP_VALUE
	 * @generated
	 * @ordered
	 */
	NNTP(5, "NNTP", "NNTP"),

	/**
	 * The '<em><b>HTTPMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	HTTPMAIL(6, "HTTPMAIL", "HTTPMail"),

	/**
	 * The '<em><b>RAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAS_VALUE
	 * @generated
	 * @ordered
	 */
	RAS(7, "RAS", "RAS"),

	/**
	 * The '<em><b>OUTLOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTLOOK_VALUE
	 * @generated
	 * @ordered
	 */
	OUTLOOK(8, "OUTLOOK", "Outlook send/receive");

	/**
	 * The '<em><b>GENERAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL
	 * @model literal="general"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_VALUE = 0;

	/**
	 * The '<em><b>CONNECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION
	 * @model literal="connection"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTION_VALUE = 1;

	/**
	 * The '<em><b>SMTP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMTP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMTP_VALUE = 2;

	/**
	 * The '<em><b>POP3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POP3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POP3_VALUE = 3;

	/**
	 * The '<em><b>IMAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMAP_VALUE = 4;

	/**
	 * The '<em><b>NNTP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NNTP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NNTP_VALUE = 5;

	/**
	 * The '<em><b>HTTPMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPMAIL
	 * @model literal="HTTPMail"
	 * @generated
	 * @ordered
	 */
	public static final int HTTPMAIL_VALUE = 6;

	/**
	 * The '<em><b>RAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RAS_VALUE = 7;

	/**
	 * The '<em><b>OUTLOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTLOOK
	 * @model literal="Outlook send/receive"
	 * @generated
	 * @ordered
	 */
	public static final int OUTLOOK_VALUE = 8;

	/**
	 * An array of all the '<em><b>Family</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Family[] VALUES_ARRAY =
		new Family[] {
			GENERAL,
			CONNECTION,
			SMTP,
			POP3,
			IMAP,
			NNTP,
			HTTPMAIL,
			RAS,
			OUTLOOK,
		};

	/**
	 * A public read-only list of all the '<em><b>Family</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Family> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Family</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Family get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Family result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Family</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Family getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Family result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Family</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Family get(int value) {
		switch (value) {
			case GENERAL_VALUE: return GENERAL;
			case CONNECTION_VALUE: return CONNECTION;
			case SMTP_VALUE: return SMTP;
			case POP3_VALUE: return POP3;
			case IMAP_VALUE: return IMAP;
			case NNTP_VALUE: return NNTP;
			case HTTPMAIL_VALUE: return HTTPMAIL;
			case RAS_VALUE: return RAS;
			case OUTLOOK_VALUE: return OUTLOOK;
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
	private Family(int value, String name, String literal) {
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
	
} //Family
