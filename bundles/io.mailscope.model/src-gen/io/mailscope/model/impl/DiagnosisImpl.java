/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Diagnosis;
import io.mailscope.model.Finding;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.RuleFailure;
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
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.DiagnosisImpl#getTrace <em>Trace</em>}</li>
 *   <li>{@link io.mailscope.model.impl.DiagnosisImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link io.mailscope.model.impl.DiagnosisImpl#getRuleFailures <em>Rule Failures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosisImpl extends EObjectImpl implements Diagnosis {
	/**
	 * The cached value of the '{@link #getTrace() <em>Trace</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrace()
	 * @generated
	 * @ordered
	 */
	protected Trace trace;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getRuleFailures() <em>Rule Failures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleFailures()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleFailure> ruleFailures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.DIAGNOSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace getTrace() {
		if (trace != null && trace.eIsProxy()) {
			InternalEObject oldTrace = (InternalEObject)trace;
			trace = (Trace)eResolveProxy(oldTrace);
			if (trace != oldTrace) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MailscopePackage.DIAGNOSIS__TRACE, oldTrace, trace));
			}
		}
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Trace basicGetTrace() {
		return trace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrace(Trace newTrace) {
		Trace oldTrace = trace;
		trace = newTrace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.DIAGNOSIS__TRACE, oldTrace, trace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, MailscopePackage.DIAGNOSIS__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleFailure> getRuleFailures() {
		if (ruleFailures == null) {
			ruleFailures = new EObjectContainmentEList<RuleFailure>(RuleFailure.class, this, MailscopePackage.DIAGNOSIS__RULE_FAILURES);
		}
		return ruleFailures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.DIAGNOSIS__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case MailscopePackage.DIAGNOSIS__RULE_FAILURES:
				return ((InternalEList<?>)getRuleFailures()).basicRemove(otherEnd, msgs);
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
			case MailscopePackage.DIAGNOSIS__TRACE:
				if (resolve) return getTrace();
				return basicGetTrace();
			case MailscopePackage.DIAGNOSIS__FINDINGS:
				return getFindings();
			case MailscopePackage.DIAGNOSIS__RULE_FAILURES:
				return getRuleFailures();
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
			case MailscopePackage.DIAGNOSIS__TRACE:
				setTrace((Trace)newValue);
				return;
			case MailscopePackage.DIAGNOSIS__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case MailscopePackage.DIAGNOSIS__RULE_FAILURES:
				getRuleFailures().clear();
				getRuleFailures().addAll((Collection<? extends RuleFailure>)newValue);
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
			case MailscopePackage.DIAGNOSIS__TRACE:
				setTrace((Trace)null);
				return;
			case MailscopePackage.DIAGNOSIS__FINDINGS:
				getFindings().clear();
				return;
			case MailscopePackage.DIAGNOSIS__RULE_FAILURES:
				getRuleFailures().clear();
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
			case MailscopePackage.DIAGNOSIS__TRACE:
				return trace != null;
			case MailscopePackage.DIAGNOSIS__FINDINGS:
				return findings != null && !findings.isEmpty();
			case MailscopePackage.DIAGNOSIS__RULE_FAILURES:
				return ruleFailures != null && !ruleFailures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DiagnosisImpl
