/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getCauseCategory()
 * @model
 * @generated
 */
public enum CauseCategory implements Enumerator {
	/**
	 * The '<em><b>AUTH FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	AUTH_FAILED(0, "AUTH_FAILED", "auth-failed"),

	/**
	 * The '<em><b>AUTH REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	AUTH_REQUIRED(1, "AUTH_REQUIRED", "auth-required"),

	/**
	 * The '<em><b>AUTH METHOD MISMATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_METHOD_MISMATCH_VALUE
	 * @generated
	 * @ordered
	 */
	AUTH_METHOD_MISMATCH(2, "AUTH_METHOD_MISMATCH", "auth-method-mismatch"),

	/**
	 * The '<em><b>TLS REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	TLS_REQUIRED(3, "TLS_REQUIRED", "tls-required"),

	/**
	 * The '<em><b>TLS FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	TLS_FAILED(4, "TLS_FAILED", "tls-failed"),

	/**
	 * The '<em><b>CERTIFICATE REJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFICATE_REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	CERTIFICATE_REJECTED(5, "CERTIFICATE_REJECTED", "certificate-rejected"),

	/**
	 * The '<em><b>CONNECTION REFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_REFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTION_REFUSED(6, "CONNECTION_REFUSED", "connection-refused"),

	/**
	 * The '<em><b>CONNECTION DROPPED AFTER GREETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_DROPPED_AFTER_GREETING_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTION_DROPPED_AFTER_GREETING(7, "CONNECTION_DROPPED_AFTER_GREETING", "connection-dropped-after-greeting"),

	/**
	 * The '<em><b>CONNECTION DROPPED MID TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_DROPPED_MID_TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTION_DROPPED_MID_TRANSFER(8, "CONNECTION_DROPPED_MID_TRANSFER", "connection-dropped-mid-transfer"),

	/**
	 * The '<em><b>TIMEOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT_VALUE
	 * @generated
	 * @ordered
	 */
	TIMEOUT(9, "TIMEOUT", "timeout"),

	/**
	 * The '<em><b>SERVER BUSY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_BUSY_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_BUSY(10, "SERVER_BUSY", "server-busy"),

	/**
	 * The '<em><b>MAILBOX IN USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAILBOX_IN_USE_VALUE
	 * @generated
	 * @ordered
	 */
	MAILBOX_IN_USE(11, "MAILBOX_IN_USE", "mailbox-in-use"),

	/**
	 * The '<em><b>RELAY DENIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELAY_DENIED_VALUE
	 * @generated
	 * @ordered
	 */
	RELAY_DENIED(12, "RELAY_DENIED", "relay-denied"),

	/**
	 * The '<em><b>SENDER REJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENDER_REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	SENDER_REJECTED(13, "SENDER_REJECTED", "sender-rejected"),

	/**
	 * The '<em><b>RECIPIENT REJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECIPIENT_REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	RECIPIENT_REJECTED(14, "RECIPIENT_REJECTED", "recipient-rejected"),

	/**
	 * The '<em><b>MESSAGE REJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGE_REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	MESSAGE_REJECTED(15, "MESSAGE_REJECTED", "message-rejected"),

	/**
	 * The '<em><b>QUOTA EXCEEDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTA_EXCEEDED_VALUE
	 * @generated
	 * @ordered
	 */
	QUOTA_EXCEEDED(16, "QUOTA_EXCEEDED", "quota-exceeded"),

	/**
	 * The '<em><b>PROTOCOL VIOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTOCOL_VIOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	PROTOCOL_VIOLATION(17, "PROTOCOL_VIOLATION", "protocol-violation"),

	/**
	 * The '<em><b>SERVER BUG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_BUG_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER_BUG(18, "SERVER_BUG", "server-bug"),

	/**
	 * The '<em><b>WRONG PORT OR SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_PORT_OR_SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	WRONG_PORT_OR_SECURITY(19, "WRONG_PORT_OR_SECURITY", "wrong-port-or-security"),

	/**
	 * The '<em><b>DNS FAILURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_FAILURE_VALUE
	 * @generated
	 * @ordered
	 */
	DNS_FAILURE(20, "DNS_FAILURE", "dns-failure"),

	/**
	 * The '<em><b>NETWORK INTERFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_INTERFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_INTERFERENCE(21, "NETWORK_INTERFERENCE", "network-interference"),

	/**
	 * The '<em><b>CLIENT CONFIGURATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_CONFIGURATION_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_CONFIGURATION(22, "CLIENT_CONFIGURATION", "client-configuration"),

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(23, "UNKNOWN", "unknown");

	/**
	 * The '<em><b>AUTH FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_FAILED
	 * @model literal="auth-failed"
	 * @generated
	 * @ordered
	 */
	public static final int AUTH_FAILED_VALUE = 0;

	/**
	 * The '<em><b>AUTH REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_REQUIRED
	 * @model literal="auth-required"
	 * @generated
	 * @ordered
	 */
	public static final int AUTH_REQUIRED_VALUE = 1;

	/**
	 * The '<em><b>AUTH METHOD MISMATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTH_METHOD_MISMATCH
	 * @model literal="auth-method-mismatch"
	 * @generated
	 * @ordered
	 */
	public static final int AUTH_METHOD_MISMATCH_VALUE = 2;

	/**
	 * The '<em><b>TLS REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_REQUIRED
	 * @model literal="tls-required"
	 * @generated
	 * @ordered
	 */
	public static final int TLS_REQUIRED_VALUE = 3;

	/**
	 * The '<em><b>TLS FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_FAILED
	 * @model literal="tls-failed"
	 * @generated
	 * @ordered
	 */
	public static final int TLS_FAILED_VALUE = 4;

	/**
	 * The '<em><b>CERTIFICATE REJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTIFICATE_REJECTED
	 * @model literal="certificate-rejected"
	 * @generated
	 * @ordered
	 */
	public static final int CERTIFICATE_REJECTED_VALUE = 5;

	/**
	 * The '<em><b>CONNECTION REFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_REFUSED
	 * @model literal="connection-refused"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTION_REFUSED_VALUE = 6;

	/**
	 * The '<em><b>CONNECTION DROPPED AFTER GREETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_DROPPED_AFTER_GREETING
	 * @model literal="connection-dropped-after-greeting"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTION_DROPPED_AFTER_GREETING_VALUE = 7;

	/**
	 * The '<em><b>CONNECTION DROPPED MID TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTION_DROPPED_MID_TRANSFER
	 * @model literal="connection-dropped-mid-transfer"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTION_DROPPED_MID_TRANSFER_VALUE = 8;

	/**
	 * The '<em><b>TIMEOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT
	 * @model literal="timeout"
	 * @generated
	 * @ordered
	 */
	public static final int TIMEOUT_VALUE = 9;

	/**
	 * The '<em><b>SERVER BUSY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_BUSY
	 * @model literal="server-busy"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_BUSY_VALUE = 10;

	/**
	 * The '<em><b>MAILBOX IN USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAILBOX_IN_USE
	 * @model literal="mailbox-in-use"
	 * @generated
	 * @ordered
	 */
	public static final int MAILBOX_IN_USE_VALUE = 11;

	/**
	 * The '<em><b>RELAY DENIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELAY_DENIED
	 * @model literal="relay-denied"
	 * @generated
	 * @ordered
	 */
	public static final int RELAY_DENIED_VALUE = 12;

	/**
	 * The '<em><b>SENDER REJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENDER_REJECTED
	 * @model literal="sender-rejected"
	 * @generated
	 * @ordered
	 */
	public static final int SENDER_REJECTED_VALUE = 13;

	/**
	 * The '<em><b>RECIPIENT REJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECIPIENT_REJECTED
	 * @model literal="recipient-rejected"
	 * @generated
	 * @ordered
	 */
	public static final int RECIPIENT_REJECTED_VALUE = 14;

	/**
	 * The '<em><b>MESSAGE REJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MESSAGE_REJECTED
	 * @model literal="message-rejected"
	 * @generated
	 * @ordered
	 */
	public static final int MESSAGE_REJECTED_VALUE = 15;

	/**
	 * The '<em><b>QUOTA EXCEEDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTA_EXCEEDED
	 * @model literal="quota-exceeded"
	 * @generated
	 * @ordered
	 */
	public static final int QUOTA_EXCEEDED_VALUE = 16;

	/**
	 * The '<em><b>PROTOCOL VIOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTOCOL_VIOLATION
	 * @model literal="protocol-violation"
	 * @generated
	 * @ordered
	 */
	public static final int PROTOCOL_VIOLATION_VALUE = 17;

	/**
	 * The '<em><b>SERVER BUG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVER_BUG
	 * @model literal="server-bug"
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_BUG_VALUE = 18;

	/**
	 * The '<em><b>WRONG PORT OR SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRONG_PORT_OR_SECURITY
	 * @model literal="wrong-port-or-security"
	 * @generated
	 * @ordered
	 */
	public static final int WRONG_PORT_OR_SECURITY_VALUE = 19;

	/**
	 * The '<em><b>DNS FAILURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_FAILURE
	 * @model literal="dns-failure"
	 * @generated
	 * @ordered
	 */
	public static final int DNS_FAILURE_VALUE = 20;

	/**
	 * The '<em><b>NETWORK INTERFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NETWORK_INTERFERENCE
	 * @model literal="network-interference"
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_INTERFERENCE_VALUE = 21;

	/**
	 * The '<em><b>CLIENT CONFIGURATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_CONFIGURATION
	 * @model literal="client-configuration"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_CONFIGURATION_VALUE = 22;

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model literal="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 23;

	/**
	 * An array of all the '<em><b>Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CauseCategory[] VALUES_ARRAY =
		new CauseCategory[] {
			AUTH_FAILED,
			AUTH_REQUIRED,
			AUTH_METHOD_MISMATCH,
			TLS_REQUIRED,
			TLS_FAILED,
			CERTIFICATE_REJECTED,
			CONNECTION_REFUSED,
			CONNECTION_DROPPED_AFTER_GREETING,
			CONNECTION_DROPPED_MID_TRANSFER,
			TIMEOUT,
			SERVER_BUSY,
			MAILBOX_IN_USE,
			RELAY_DENIED,
			SENDER_REJECTED,
			RECIPIENT_REJECTED,
			MESSAGE_REJECTED,
			QUOTA_EXCEEDED,
			PROTOCOL_VIOLATION,
			SERVER_BUG,
			WRONG_PORT_OR_SECURITY,
			DNS_FAILURE,
			NETWORK_INTERFERENCE,
			CLIENT_CONFIGURATION,
			UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CauseCategory get(int value) {
		switch (value) {
			case AUTH_FAILED_VALUE: return AUTH_FAILED;
			case AUTH_REQUIRED_VALUE: return AUTH_REQUIRED;
			case AUTH_METHOD_MISMATCH_VALUE: return AUTH_METHOD_MISMATCH;
			case TLS_REQUIRED_VALUE: return TLS_REQUIRED;
			case TLS_FAILED_VALUE: return TLS_FAILED;
			case CERTIFICATE_REJECTED_VALUE: return CERTIFICATE_REJECTED;
			case CONNECTION_REFUSED_VALUE: return CONNECTION_REFUSED;
			case CONNECTION_DROPPED_AFTER_GREETING_VALUE: return CONNECTION_DROPPED_AFTER_GREETING;
			case CONNECTION_DROPPED_MID_TRANSFER_VALUE: return CONNECTION_DROPPED_MID_TRANSFER;
			case TIMEOUT_VALUE: return TIMEOUT;
			case SERVER_BUSY_VALUE: return SERVER_BUSY;
			case MAILBOX_IN_USE_VALUE: return MAILBOX_IN_USE;
			case RELAY_DENIED_VALUE: return RELAY_DENIED;
			case SENDER_REJECTED_VALUE: return SENDER_REJECTED;
			case RECIPIENT_REJECTED_VALUE: return RECIPIENT_REJECTED;
			case MESSAGE_REJECTED_VALUE: return MESSAGE_REJECTED;
			case QUOTA_EXCEEDED_VALUE: return QUOTA_EXCEEDED;
			case PROTOCOL_VIOLATION_VALUE: return PROTOCOL_VIOLATION;
			case SERVER_BUG_VALUE: return SERVER_BUG;
			case WRONG_PORT_OR_SECURITY_VALUE: return WRONG_PORT_OR_SECURITY;
			case DNS_FAILURE_VALUE: return DNS_FAILURE;
			case NETWORK_INTERFERENCE_VALUE: return NETWORK_INTERFERENCE;
			case CLIENT_CONFIGURATION_VALUE: return CLIENT_CONFIGURATION;
			case UNKNOWN_VALUE: return UNKNOWN;
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
	private CauseCategory(int value, String name, String literal) {
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
	
} //CauseCategory
