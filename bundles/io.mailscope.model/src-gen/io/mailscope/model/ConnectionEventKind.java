/**
 */
package io.mailscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Connection Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.mailscope.model.MailscopePackage#getConnectionEventKind()
 * @model
 * @generated
 */
public enum ConnectionEventKind implements Enumerator {
	/**
	 * The '<em><b>CONNECTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTING_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTING(0, "CONNECTING", "connecting"),

	/**
	 * The '<em><b>CONNECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTED_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTED(1, "CONNECTED", "connected"),

	/**
	 * The '<em><b>REFUSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED_VALUE
	 * @generated
	 * @ordered
	 */
	REFUSED(2, "REFUSED", "refused"),

	/**
	 * The '<em><b>TIMEOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT_VALUE
	 * @generated
	 * @ordered
	 */
	TIMEOUT(3, "TIMEOUT", "timeout"),

	/**
	 * The '<em><b>CLOSED BY SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_BY_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED_BY_SERVER(4, "CLOSED_BY_SERVER", "closed-by-server"),

	/**
	 * The '<em><b>CLOSED BY CLIENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_BY_CLIENT_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED_BY_CLIENT(5, "CLOSED_BY_CLIENT", "closed-by-client"),

	/**
	 * The '<em><b>TLS STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	TLS_STARTED(6, "TLS_STARTED", "tls-started"),

	/**
	 * The '<em><b>TLS FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	TLS_FAILED(7, "TLS_FAILED", "tls-failed"),

	/**
	 * The '<em><b>DNS FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	DNS_FAILED(8, "DNS_FAILED", "dns-failed");

	/**
	 * The '<em><b>CONNECTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTING
	 * @model literal="connecting"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTING_VALUE = 0;

	/**
	 * The '<em><b>CONNECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTED
	 * @model literal="connected"
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTED_VALUE = 1;

	/**
	 * The '<em><b>REFUSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFUSED
	 * @model literal="refused"
	 * @generated
	 * @ordered
	 */
	public static final int REFUSED_VALUE = 2;

	/**
	 * The '<em><b>TIMEOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMEOUT
	 * @model literal="timeout"
	 * @generated
	 * @ordered
	 */
	public static final int TIMEOUT_VALUE = 3;

	/**
	 * The '<em><b>CLOSED BY SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_BY_SERVER
	 * @model literal="closed-by-server"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_BY_SERVER_VALUE = 4;

	/**
	 * The '<em><b>CLOSED BY CLIENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_BY_CLIENT
	 * @model literal="closed-by-client"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_BY_CLIENT_VALUE = 5;

	/**
	 * The '<em><b>TLS STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_STARTED
	 * @model literal="tls-started"
	 * @generated
	 * @ordered
	 */
	public static final int TLS_STARTED_VALUE = 6;

	/**
	 * The '<em><b>TLS FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TLS_FAILED
	 * @model literal="tls-failed"
	 * @generated
	 * @ordered
	 */
	public static final int TLS_FAILED_VALUE = 7;

	/**
	 * The '<em><b>DNS FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNS_FAILED
	 * @model literal="dns-failed"
	 * @generated
	 * @ordered
	 */
	public static final int DNS_FAILED_VALUE = 8;

	/**
	 * An array of all the '<em><b>Connection Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConnectionEventKind[] VALUES_ARRAY =
		new ConnectionEventKind[] {
			CONNECTING,
			CONNECTED,
			REFUSED,
			TIMEOUT,
			CLOSED_BY_SERVER,
			CLOSED_BY_CLIENT,
			TLS_STARTED,
			TLS_FAILED,
			DNS_FAILED,
		};

	/**
	 * A public read-only list of all the '<em><b>Connection Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConnectionEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Connection Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionEventKind get(int value) {
		switch (value) {
			case CONNECTING_VALUE: return CONNECTING;
			case CONNECTED_VALUE: return CONNECTED;
			case REFUSED_VALUE: return REFUSED;
			case TIMEOUT_VALUE: return TIMEOUT;
			case CLOSED_BY_SERVER_VALUE: return CLOSED_BY_SERVER;
			case CLOSED_BY_CLIENT_VALUE: return CLOSED_BY_CLIENT;
			case TLS_STARTED_VALUE: return TLS_STARTED;
			case TLS_FAILED_VALUE: return TLS_FAILED;
			case DNS_FAILED_VALUE: return DNS_FAILED;
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
	private ConnectionEventKind(int value, String name, String literal) {
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
	
} //ConnectionEventKind
