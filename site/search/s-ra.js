DossierSearch.shard("ra", {"railway":"1.6","ramped":"2.6","ramp~":"2.6","rand":"1.9","range":"4.6","ranging":"0.4,3.6","rang~":"0.2,3.4,1.2","rapprochement":"1.6","rapproch~":"1.6","rare":"3.6"});
