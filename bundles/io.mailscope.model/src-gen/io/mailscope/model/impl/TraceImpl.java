/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.ImportProblem;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.OtherLine;
import io.mailscope.model.Repair;
import io.mailscope.model.Session;
import io.mailscope.model.StatusEvent;
import io.mailscope.model.Trace;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getFormatId <em>Format Id</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getFormatName <em>Format Name</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getLineCount <em>Line Count</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getByteCount <em>Byte Count</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getSessions <em>Sessions</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getStatusEvents <em>Status Events</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getOtherLines <em>Other Lines</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getOtherLineCount <em>Other Line Count</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getRepairs <em>Repairs</em>}</li>
 *   <li>{@link io.mailscope.model.impl.TraceImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TraceImpl extends EObjectImpl implements Trace {
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatId() <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatId()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatId() <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatId()
	 * @generated
	 * @ordered
	 */
	protected String formatId = FORMAT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatName() <em>Format Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatName()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatName() <em>Format Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatName()
	 * @generated
	 * @ordered
	 */
	protected String formatName = FORMAT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineCount() <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineCount()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLineCount() <em>Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineCount()
	 * @generated
	 * @ordered
	 */
	protected int lineCount = LINE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getByteCount() <em>Byte Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteCount()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTE_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getByteCount() <em>Byte Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteCount()
	 * @generated
	 * @ordered
	 */
	protected long byteCount = BYTE_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSessions() <em>Sessions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Session> sessions;

	/**
	 * The cached value of the '{@link #getStatusEvents() <em>Status Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusEvent> statusEvents;

	/**
	 * The cached value of the '{@link #getOtherLines() <em>Other Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherLines()
	 * @generated
	 * @ordered
	 */
	protected EList<OtherLine> otherLines;

	/**
	 * The default value of the '{@link #getOtherLineCount() <em>Other Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherLineCount()
	 * @generated
	 * @ordered
	 */
	protected static final int OTHER_LINE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOtherLineCount() <em>Other Line Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherLineCount()
	 * @generated
	 * @ordered
	 */
	protected int otherLineCount = OTHER_LINE_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRepairs() <em>Repairs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepairs()
	 * @generated
	 * @ordered
	 */
	protected EList<Repair> repairs;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportProblem> problems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TraceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.TRACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatId() {
		return formatId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatId(String newFormatId) {
		String oldFormatId = formatId;
		formatId = newFormatId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__FORMAT_ID, oldFormatId, formatId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatName() {
		return formatName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatName(String newFormatName) {
		String oldFormatName = formatName;
		formatName = newFormatName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__FORMAT_NAME, oldFormatName, formatName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineCount() {
		return lineCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineCount(int newLineCount) {
		int oldLineCount = lineCount;
		lineCount = newLineCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__LINE_COUNT, oldLineCount, lineCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getByteCount() {
		return byteCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteCount(long newByteCount) {
		long oldByteCount = byteCount;
		byteCount = newByteCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__BYTE_COUNT, oldByteCount, byteCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Session> getSessions() {
		if (sessions == null) {
			sessions = new EObjectContainmentWithInverseEList<Session>(Session.class, this, MailscopePackage.TRACE__SESSIONS, MailscopePackage.SESSION__TRACE);
		}
		return sessions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusEvent> getStatusEvents() {
		if (statusEvents == null) {
			statusEvents = new EObjectContainmentEList<StatusEvent>(StatusEvent.class, this, MailscopePackage.TRACE__STATUS_EVENTS);
		}
		return statusEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OtherLine> getOtherLines() {
		if (otherLines == null) {
			otherLines = new EObjectContainmentEList<OtherLine>(OtherLine.class, this, MailscopePackage.TRACE__OTHER_LINES);
		}
		return otherLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOtherLineCount() {
		return otherLineCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherLineCount(int newOtherLineCount) {
		int oldOtherLineCount = otherLineCount;
		otherLineCount = newOtherLineCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.TRACE__OTHER_LINE_COUNT, oldOtherLineCount, otherLineCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Repair> getRepairs() {
		if (repairs == null) {
			repairs = new EObjectContainmentEList<Repair>(Repair.class, this, MailscopePackage.TRACE__REPAIRS);
		}
		return repairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportProblem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<ImportProblem>(ImportProblem.class, this, MailscopePackage.TRACE__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.TRACE__SESSIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSessions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.TRACE__SESSIONS:
				return ((InternalEList<?>)getSessions()).basicRemove(otherEnd, msgs);
			case MailscopePackage.TRACE__STATUS_EVENTS:
				return ((InternalEList<?>)getStatusEvents()).basicRemove(otherEnd, msgs);
			case MailscopePackage.TRACE__OTHER_LINES:
				return ((InternalEList<?>)getOtherLines()).basicRemove(otherEnd, msgs);
			case MailscopePackage.TRACE__REPAIRS:
				return ((InternalEList<?>)getRepairs()).basicRemove(otherEnd, msgs);
			case MailscopePackage.TRACE__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.TRACE__SOURCE:
				return getSource();
			case MailscopePackage.TRACE__FORMAT_ID:
				return getFormatId();
			case MailscopePackage.TRACE__FORMAT_NAME:
				return getFormatName();
			case MailscopePackage.TRACE__LINE_COUNT:
				return getLineCount();
			case MailscopePackage.TRACE__BYTE_COUNT:
				return getByteCount();
			case MailscopePackage.TRACE__SESSIONS:
				return getSessions();
			case MailscopePackage.TRACE__STATUS_EVENTS:
				return getStatusEvents();
			case MailscopePackage.TRACE__OTHER_LINES:
				return getOtherLines();
			case MailscopePackage.TRACE__OTHER_LINE_COUNT:
				return getOtherLineCount();
			case MailscopePackage.TRACE__REPAIRS:
				return getRepairs();
			case MailscopePackage.TRACE__PROBLEMS:
				return getProblems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.TRACE__SOURCE:
				setSource((String)newValue);
				return;
			case MailscopePackage.TRACE__FORMAT_ID:
				setFormatId((String)newValue);
				return;
			case MailscopePackage.TRACE__FORMAT_NAME:
				setFormatName((String)newValue);
				return;
			case MailscopePackage.TRACE__LINE_COUNT:
				setLineCount((Integer)newValue);
				return;
			case MailscopePackage.TRACE__BYTE_COUNT:
				setByteCount((Long)newValue);
				return;
			case MailscopePackage.TRACE__SESSIONS:
				getSessions().clear();
				getSessions().addAll((Collection<? extends Session>)newValue);
				return;
			case MailscopePackage.TRACE__STATUS_EVENTS:
				getStatusEvents().clear();
				getStatusEvents().addAll((Collection<? extends StatusEvent>)newValue);
				return;
			case MailscopePackage.TRACE__OTHER_LINES:
				getOtherLines().clear();
				getOtherLines().addAll((Collection<? extends OtherLine>)newValue);
				return;
			case MailscopePackage.TRACE__OTHER_LINE_COUNT:
				setOtherLineCount((Integer)newValue);
				return;
			case MailscopePackage.TRACE__REPAIRS:
				getRepairs().clear();
				getRepairs().addAll((Collection<? extends Repair>)newValue);
				return;
			case MailscopePackage.TRACE__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends ImportProblem>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailscopePackage.TRACE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case MailscopePackage.TRACE__FORMAT_ID:
				setFormatId(FORMAT_ID_EDEFAULT);
				return;
			case MailscopePackage.TRACE__FORMAT_NAME:
				setFormatName(FORMAT_NAME_EDEFAULT);
				return;
			case MailscopePackage.TRACE__LINE_COUNT:
				setLineCount(LINE_COUNT_EDEFAULT);
				return;
			case MailscopePackage.TRACE__BYTE_COUNT:
				setByteCount(BYTE_COUNT_EDEFAULT);
				return;
			case MailscopePackage.TRACE__SESSIONS:
				getSessions().clear();
				return;
			case MailscopePackage.TRACE__STATUS_EVENTS:
				getStatusEvents().clear();
				return;
			case MailscopePackage.TRACE__OTHER_LINES:
				getOtherLines().clear();
				return;
			case MailscopePackage.TRACE__OTHER_LINE_COUNT:
				setOtherLineCount(OTHER_LINE_COUNT_EDEFAULT);
				return;
			case MailscopePackage.TRACE__REPAIRS:
				getRepairs().clear();
				return;
			case MailscopePackage.TRACE__PROBLEMS:
				getProblems().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailscopePackage.TRACE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case MailscopePackage.TRACE__FORMAT_ID:
				return FORMAT_ID_EDEFAULT == null ? formatId != null : !FORMAT_ID_EDEFAULT.equals(formatId);
			case MailscopePackage.TRACE__FORMAT_NAME:
				return FORMAT_NAME_EDEFAULT == null ? formatName != null : !FORMAT_NAME_EDEFAULT.equals(formatName);
			case MailscopePackage.TRACE__LINE_COUNT:
				return lineCount != LINE_COUNT_EDEFAULT;
			case MailscopePackage.TRACE__BYTE_COUNT:
				return byteCount != BYTE_COUNT_EDEFAULT;
			case MailscopePackage.TRACE__SESSIONS:
				return sessions != null && !sessions.isEmpty();
			case MailscopePackage.TRACE__STATUS_EVENTS:
				return statusEvents != null && !statusEvents.isEmpty();
			case MailscopePackage.TRACE__OTHER_LINES:
				return otherLines != null && !otherLines.isEmpty();
			case MailscopePackage.TRACE__OTHER_LINE_COUNT:
				return otherLineCount != OTHER_LINE_COUNT_EDEFAULT;
			case MailscopePackage.TRACE__REPAIRS:
				return repairs != null && !repairs.isEmpty();
			case MailscopePackage.TRACE__PROBLEMS:
				return problems != null && !problems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (source: ");
		result.append(source);
		result.append(", formatId: ");
		result.append(formatId);
		result.append(", formatName: ");
		result.append(formatName);
		result.append(", lineCount: ");
		result.append(lineCount);
		result.append(", byteCount: ");
		result.append(byteCount);
		result.append(", otherLineCount: ");
		result.append(otherLineCount);
		result.append(')');
		return result.toString();
	}

} //TraceImpl
